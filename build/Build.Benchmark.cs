using Mlops.Benchmarks;
using Mlops.Targets;
using Serilog;

namespace Mlops.Build;

internal sealed partial class Build
{
    [Parameter("Rounds each benchmark measures (after one warm-up round)", Minimum = 1)]
    private readonly int _benchmarkRounds = 10;

    private AbsolutePath BenchmarkResults => ArtifactsDirectory / "benchmarks";

    private Target Benchmark => _ => _
        .Description("Measure speed and quality goals in one run; tables in artifacts/benchmarks (launcher.md, model.md)")
        .DependsOn(PullData)
        .Produces(BenchmarkResults)
        .Executes(async () =>
        {
            var progress = new SynchronousProgress<string>(step => Log.Information("{Step}", step));
            var pages = new[]
            {
                ("launcher.md", await new LauncherBenchmark(RootDirectory, _benchmarkRounds, progress).RunAsync()),
                ("model.md", await new ModelBenchmark(RootDirectory, TrainCsv, TestCsv, progress).RunAsync()),
            };

            var machine = $"{Environment.ProcessorCount} cores, {Environment.OSVersion}";
            foreach (var (file, report) in pages)
            {
                report.WriteTo(BenchmarkResults / file, machine);
                Log.Information("Wrote {Path}", (BenchmarkResults / file).RelativeTo(RootDirectory));
                foreach (var (goal, met, observed) in report.Goals)
                {
                    Log.Information("{Goal}: {Observed} — {Verdict}", goal, observed, met ? "met" : "NOT met");
                }
            }

            var missed = pages.Where(p => !p.Item2.AllGoalsMet).Select(p => (BenchmarkResults / p.Item1).RelativeTo(RootDirectory)).ToList();
            if (missed.Count > 0)
            {
                throw new InvalidOperationException($"A benchmark goal was not met; see {string.Join(", ", missed)}.");
            }
        });
}
