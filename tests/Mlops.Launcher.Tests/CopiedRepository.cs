using System.Runtime.Versioning;
using Mlops.Benchmarks;
using Mlops.Processes;
using Mlops.Testing;

namespace Mlops.Launcher.Tests;

/// <summary>
/// A copy of the repository's working files (what git tracks or would add) without any build output, launched once
/// with tracing on as a user's first <c>bash build.sh --help</c> would be: that first launch compiles the build.
/// Tests launch it again and may change it, putting back what they change.
/// </summary>
[UnsupportedOSPlatform("windows")] // build.sh is the bash launcher
public sealed class CopiedRepository : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mlops-launcher-").FullName;
    private RepositoryCopy _copy = null!;

    public string Path => _copy.Path;

    public Launch FirstLaunch { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _copy = await RepositoryCopy.CreateAsync(RepositoryRoot.Path);
        FirstLaunch = await LaunchAsync(["--help"], trace: true);
    }

    public Task DisposeAsync()
    {
        _copy.Delete();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    public string this[string relativePath] => System.IO.Path.Combine(Path, relativePath);

    /// <summary>Runs <c>bash build.sh</c> in the copy, standard error kept apart (in a file) from standard output.</summary>
    /// <param name="onCi">Launch as CI does (CI=true): nothing is regenerated, what is committed is checked.</param>
    /// <param name="environment">Further variables, set last (a runner's GITHUB_* variables, say).</param>
    public async Task<Launch> LaunchAsync(string[] arguments, bool trace = false, string? dotnet = null, bool? onCi = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var errorFile = System.IO.Path.Combine(_folder, "stderr.txt");
        var variables = new Dictionary<string, string?> { ["MLOPS_LAUNCHER_TRACE"] = trace ? "1" : "" };
        if (onCi is { } ci)
        {
            variables["CI"] = ci ? "true" : "";
            variables["GITHUB_ACTIONS"] = "";
        }

        if (dotnet is not null)
        {
            variables["DOTNET_EXE"] = dotnet;
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            variables[name] = value;
        }

        var result = await new ProcessRunner { Echo = false, Environment = variables }
            .RunAsync("bash", ["-c", "bash build.sh \"$@\" 2> \"$0\"", errorFile, .. arguments], Path);
        return new Launch(result.ExitCode, result.Output, File.ReadAllLines(errorFile));
    }
}
