using System.Runtime.Versioning;
using Mlops.Benchmarks;
using Mlops.Processes;
using Mlops.Testing;

namespace Mlops.Launcher.Tests;

/// <summary>
/// A copy of the repository's working files (what git tracks or would add) without any build output, launched once
/// with tracing on as a user's first <c>bash build.sh --help</c> would be: that first launch compiles the build. Then
/// the build project's output is deleted and <c>pwsh build.ps1 --help</c> compiles it again, so each launcher has
/// a first launch. Tests launch it again and may change it, putting back what they change.
/// </summary>
[UnsupportedOSPlatform("windows")] // build.sh is the bash launcher
public sealed class CopiedRepository : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mlops-launcher-").FullName;
    private readonly Dictionary<Launcher, Launch> _firstLaunches = [];
    private RepositoryCopy _copy = null!;
    private string _pwsh = null!;

    public string Path => _copy.Path;

    /// <summary>The launch through <paramref name="launcher"/> that found no compiled build: it compiled it.</summary>
    public Launch FirstLaunch(Launcher launcher) => _firstLaunches[launcher];

    public async Task InitializeAsync()
    {
        _pwsh = await PowerShell7.PathAsync();
        _copy = await RepositoryCopy.CreateAsync(RepositoryRoot.Path);
        _firstLaunches[Launcher.BuildSh] = await LaunchAsync(["--help"], Launcher.BuildSh, trace: true);
        foreach (var output in new[] { "build/bin", "build/obj" })
        {
            Directory.Delete(this[output], recursive: true);
        }

        _firstLaunches[Launcher.BuildPs1] = await LaunchAsync(["--help"], Launcher.BuildPs1, trace: true);
    }

    public Task DisposeAsync()
    {
        _copy.Delete();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    public string this[string relativePath] => System.IO.Path.Combine(Path, relativePath);

    /// <summary>
    /// Runs <c>bash build.sh</c> or <c>pwsh build.ps1</c> in the copy, standard error kept apart (in a file) from
    /// standard output. The environment is the one given here, not the caller's CI, GitHub Actions or terminal.
    /// </summary>
    /// <param name="onCi">Launch as CI does (CI=true): nothing is regenerated, what is committed is checked.</param>
    /// <param name="environment">Further variables, set last (a runner's GITHUB_* variables, say).</param>
    /// <param name="session">For build.ps1: PowerShell run first in the same session, as a user's settings would be.</param>
    public async Task<Launch> LaunchAsync(string[] arguments, Launcher launcher = Launcher.BuildSh, bool trace = false,
        string? dotnet = null, bool onCi = false, IReadOnlyDictionary<string, string>? environment = null, string? session = null)
    {
        var errorFile = System.IO.Path.Combine(_folder, $"stderr-{Guid.NewGuid():N}.txt");
        var variables = new Dictionary<string, string?>
        {
            ["MLOPS_LAUNCHER_TRACE"] = trace ? "1" : "",
            ["CI"] = onCi ? "true" : "",
            ["GITHUB_ACTIONS"] = "",
            ["TERM"] = "dumb",
            ["POWERSHELL_TELEMETRY_OPTOUT"] = "1",
            ["POWERSHELL_UPDATECHECK"] = "Off",
            ["DOTNET_EXE"] = dotnet ?? "",
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            variables[name] = value;
        }

        string[] command = launcher switch
        {
            Launcher.BuildSh => ["bash", "build.sh"],
            // No profile and no prompts: the user's PowerShell set-up is not the launcher's behaviour.
            Launcher.BuildPs1 => [_pwsh, "-NoProfile", "-NonInteractive", "-File", session is null ? "build.ps1" : SessionScript(session)],
            _ => throw new ArgumentOutOfRangeException(nameof(launcher), launcher, null),
        };
        var result = await new ProcessRunner { Echo = false, Environment = variables }
            .RunAsync("bash", ["-c", "\"$@\" 2> \"$0\"", errorFile, .. command, .. arguments], Path);
        var launch = new Launch(result.ExitCode, result.Output, File.ReadAllLines(errorFile));
        File.Delete(errorFile);
        return launch;
    }

    // A script that runs the session's lines, then build.ps1 from the copy with the arguments, as typed at a prompt.
    private string SessionScript(string session)
    {
        var script = System.IO.Path.Combine(_folder, $"session-{Guid.NewGuid():N}.ps1");
        File.WriteAllText(script, $"{session}\n& ./build.ps1 @args\nexit $LASTEXITCODE\n");
        return script;
    }
}
