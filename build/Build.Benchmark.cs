using Mlops.Benchmarks;
using Mlops.Targets;
using Serilog;

namespace Mlops.Build;

internal sealed partial class Build
{
    [Parameter("Rounds each benchmark measures (after one warm-up round)")]
    private readonly int _benchmarkRounds = 10;

    private AbsolutePath BenchmarkResults => ArtifactsDirectory / "benchmarks";

    private Target Benchmark => _ => _
        .Description("Measure speed goals as ratios in one run; tables under artifacts/benchmarks")
        .Produces(BenchmarkResults)
        .Executes(async () =>
        {
            var report = await new LauncherBenchmark(RootDirectory, _benchmarkRounds, new Progress<string>(m => Log.Information("{Step:l}", m))).RunAsync();
            var path = BenchmarkResults / "launcher.md";
            report.WriteTo(path, $"{Environment.ProcessorCount} cores, {Environment.OSVersion}");
            Log.Information("Wrote {Path}", path.RelativeTo(RootDirectory));
            foreach (var (goal, met, observed) in report.Goals)
            {
                Log.Information("{Goal}: {Observed} — {Verdict}", goal, observed, met ? "met" : "NOT met");
            }

            if (!report.AllGoalsMet)
            {
                throw new InvalidOperationException($"A benchmark goal was not met; see {path.RelativeTo(RootDirectory)}.");
            }
        });
}
