using Mlops.Processes;

namespace Mlops.DotNet;

/// <summary>The <c>dotnet</c> commands a build runs, each with the flags that make it quiet, repeatable and strict.</summary>
public sealed class DotNetCli(string dotnet = "dotnet", ProcessRunner? runner = null)
{
    private readonly ProcessRunner _runner = runner ?? new ProcessRunner { Shows = IsWorthShowing };

    /// <summary>MSBuild's closing "Build succeeded / 0 Warning(s) / Time Elapsed" block says nothing the build's summary does not.</summary>
    internal static bool IsWorthShowing(string line)
    {
        var text = line.Trim();
        return text.Length > 0 && text != "Build succeeded." && !text.StartsWith("Time Elapsed", StringComparison.Ordinal) &&
            !(text.EndsWith("Warning(s)", StringComparison.Ordinal) && text.StartsWith('0')) &&
            !(text.EndsWith("Error(s)", StringComparison.Ordinal) && text.StartsWith('0'));
    }

    public async Task RestoreAsync(string solution) =>
        (await _runner.RunAsync(dotnet, ["restore", solution, "--nologo", "-v", "q"])).EnsureSuccess();

    /// <summary>Compiles with analyzer and compiler warnings as errors (the projects also say so; this holds for any project).</summary>
    public async Task BuildAsync(string solution, string configuration) =>
        (await _runner.RunAsync(dotnet, ["build", solution, "--no-restore", "--nologo", "-v", "q", "-c", configuration,
            "-warnaserror", "-p:TreatWarningsAsErrors=true", "-clp:NoSummary"])).EnsureSuccess();

    /// <summary>
    /// Publishes <paramref name="project"/> framework-dependent for <paramref name="runtime"/> into an emptied
    /// <paramref name="output"/>: no apphost (the image runs dotnet app.dll), no symbols.
    /// </summary>
    public async Task PublishAsync(string project, string configuration, string runtime, string output)
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        (await _runner.RunAsync(dotnet, ["publish", project, "--nologo", "-v", "q", "-c", configuration, "-r", runtime, "--self-contained", "false",
            "-o", output, "-p:UseAppHost=false", "-p:DebugType=none", "-clp:NoSummary"])).EnsureSuccess();
    }

    /// <summary>Fails, listing each file and rule, when formatting, code style or analyzer fixes would change any file.</summary>
    public async Task VerifyFormatAsync(string solution)
    {
        var result = await _runner.RunAsync(dotnet, ["format", solution, "--verify-no-changes", "--no-restore", "--severity", "warn", "-v", "q"]);
        if (!result.Succeeded)
        {
            var findings = result.Output.Count(l => l.Contains("error", StringComparison.OrdinalIgnoreCase) || l.Contains("warning", StringComparison.OrdinalIgnoreCase));
            throw new ProcessFailedException($"dotnet format found {findings} formatting or style finding(s); run 'dotnet format {Path.GetFileName(solution)}' to fix them.");
        }
    }

    /// <summary>
    /// Runs every test project of the solution, writing TRX results and Cobertura coverage under
    /// <paramref name="resultsDirectory"/>. Does not throw on failed tests: the summary says what happened.
    /// </summary>
    public async Task<TestRunSummary> TestAsync(string solution, string configuration, string resultsDirectory)
    {
        if (Directory.Exists(resultsDirectory))
        {
            Directory.Delete(resultsDirectory, recursive: true);
        }

        var result = await _runner.RunAsync(dotnet, ["test", solution, "--no-build", "--nologo", "-c", configuration,
            "--results-directory", resultsDirectory, "--logger", "trx", "--logger", "console;verbosity=minimal",
            "--collect", "XPlat Code Coverage"]);
        var summary = TestRunSummary.Read(resultsDirectory);
        return result.Succeeded || summary.Failed > 0 ? summary
            : summary with { Failed = summary.Failed + 1, FailedTests = [.. summary.FailedTests, $"the test run itself failed ({result.Command} exited {result.ExitCode})"] };
    }
}
