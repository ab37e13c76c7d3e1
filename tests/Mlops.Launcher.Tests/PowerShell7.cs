using Mlops.Processes;
using Mlops.Testing;

namespace Mlops.Launcher.Tests;

/// <summary>
/// PowerShell 7 installed as .ci/run installs it: the PowerShell .NET tool from the NuGet registry, into
/// .nuke/temp/tools/pwsh of the source repository (git-ignored, so it stays between runs and out of copies). Installed
/// once, under a lock, so test classes and test runs at the same time share one install; when it cannot be installed
/// the tests fail saying why, never skip.
/// </summary>
public static class PowerShell7
{
    /// <summary>The version .ci/run installs too (MirroringTheLaunchers checks that they agree).</summary>
    public const string Version = "7.6.9";

    private static readonly string ToolFolder = RepositoryRoot.File(".nuke/temp/tools/pwsh");
    private static readonly Lazy<Task<string>> Installed = new(InstallAsync);

    private static readonly Dictionary<string, string?> Quiet = new()
    {
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
    };

    /// <summary>The full path of <c>pwsh</c>, installing it first if it is missing or another version.</summary>
    public static Task<string> PathAsync() => Installed.Value;

    private static async Task<string> InstallAsync()
    {
        var pwsh = Path.Combine(ToolFolder, "pwsh");
        Directory.CreateDirectory(Path.GetDirectoryName(ToolFolder)!);
        await using var installing = await LockAsync($"{ToolFolder}.lock");
        if (File.Exists(pwsh) && Directory.Exists(Path.Combine(ToolFolder, ".store", "powershell", Version)))
        {
            return pwsh;
        }

        var verb = File.Exists(pwsh) ? "update" : "install";
        var result = await new ProcessRunner { Echo = false, Environment = Quiet }
            .RunAsync("dotnet", ["tool", verb, "PowerShell", "--version", Version, "--tool-path", ToolFolder], RepositoryRoot.Path);
        if (result.ExitCode != 0 || !File.Exists(pwsh))
        {
            throw new InvalidOperationException(
                $"PowerShell {Version} could not be installed as a .NET tool into {ToolFolder} (exit {result.ExitCode}):\n{string.Join('\n', result.Output)}");
        }

        return pwsh;
    }

    // An unshared open is an exclusive lock (flock on Linux and macOS); whoever holds it installs, the others wait.
    private static async Task<FileStream> LockAsync(string path)
    {
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(200);
            }
        }
    }
}
