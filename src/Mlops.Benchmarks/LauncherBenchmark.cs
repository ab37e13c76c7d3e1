using Mlops.Benchmarks.Internal;
using Mlops.Processes;

namespace Mlops.Benchmarks;

/// <summary>
/// How fast <c>./build.sh --help</c> starts a warm build, against the NUKE-style launch of the same build project
/// (<c>dotnet build</c> then <c>dotnet run --no-build</c>) and against starting the build assembly with <c>dotnet</c>.
/// Runs in a copy of the repository so that no step can rewrite the assembly of the build that is measuring.
/// </summary>
public sealed class LauncherBenchmark(string repositoryRoot, int rounds, IProgress<string>? progress = null)
{
    public const double Goal = 0.10;

    // A median of no rounds is no measurement: refused at once, not after minutes of warming up.
    private readonly int _rounds = rounds >= 1
        ? rounds
        : throw new ArgumentOutOfRangeException(nameof(rounds), rounds, "A benchmark measures at least one round.");

    public async Task<BenchmarkReport> RunAsync()
    {
        var copy = await RepositoryCopy.CreateAsync(repositoryRoot);
        try
        {
            progress?.Report($"Warming the copy in {copy.Path} (first build)");
            var runner = new ProcessRunner { Echo = false };
            (await runner.RunAsync("bash", ["build.sh", "--help"], copy.Path)).EnsureSuccess();
            (await runner.RunAsync("dotnet", ["build", "build/_build.csproj", "--nologo", "-v", "q"], copy.Path)).EnsureSuccess();

            var launcher = BenchmarkCommand.Of("./build.sh --help (Mlops launcher, warm)", "bash", "build.sh", "--help");
            var nukeStyle = new BenchmarkCommand("dotnet build -v q + dotnet run --no-build -- --help (NUKE-style)",
            [
                new ProgramCall("dotnet", ["build", "build/_build.csproj", "--nologo", "-v", "q"]),
                new ProgramCall("dotnet", ["run", "--project", "build/_build.csproj", "--no-build", "--", "--help"]),
            ]);
            var direct = BenchmarkCommand.Of("dotnet build/bin/_build.dll --help (assembly directly)", "dotnet", "build/bin/_build.dll", "--help");

            var benchmark = new AlternatingBenchmark(copy.Path, new RoundProgress(progress, _rounds));
            var timings = await benchmark.RunAsync([launcher, nukeStyle, direct], _rounds);
            return Report(timings, timings[0].Median / timings[1].Median);
        }
        finally
        {
            copy.Delete();
        }
    }

    private BenchmarkReport Report(IReadOnlyList<CommandTimings> timings, double ratio)
    {
        var nuke = timings[1].Median;
        var report = new BenchmarkReport("Launcher start-up",
            $"Median wall time of starting the build program to print its help, {_rounds} rounds after one warm-up, " +
            "commands alternating within each round (so machine drift hits all alike). Lower is better.")
            .Columns("command", "median", "min", "max", "ratio to NUKE-style");
        foreach (var timing in timings)
        {
            report.Row($"`{timing.Command.Name}`", BenchmarkReport.Milliseconds(timing.Median), BenchmarkReport.Milliseconds(timing.Samples.Min()),
                BenchmarkReport.Milliseconds(timing.Samples.Max()), (timing.Median / nuke).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture));
        }

        return report.Goal($"launcher ≤ {Goal:0.00} × NUKE-style launch", ratio <= Goal,
            ratio.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture));
    }
}
