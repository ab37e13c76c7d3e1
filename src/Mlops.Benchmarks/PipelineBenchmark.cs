using System.Globalization;
using Mlops.Benchmarks.Internal;
using Mlops.Files;
using Mlops.Processes;

namespace Mlops.Benchmarks;

/// <summary>
/// What a rerun with nothing to do costs: <c>./build.sh Evaluate</c> with every target Cached, against the same
/// command with <c>--force</c> (every target runs) and against <c>./build.sh --help</c> (start-up alone). Runs in a
/// copy of the repository, on the given data files, so it neither waits for nor disturbs the build that measures.
/// </summary>
public sealed class PipelineBenchmark(string repositoryRoot, string trainCsv, string testCsv, int rounds, IProgress<string>? progress = null)
{
    /// <summary>A no-op rerun costs at most this share of a cold run.</summary>
    public const double ColdGoal = 0.05;

    /// <summary>A no-op rerun costs at most this many times the start-up alone.</summary>
    public const double HelpGoal = 2.0;

    public async Task<BenchmarkReport> RunAsync()
    {
        var copy = await RepositoryCopy.CreateAsync(repositoryRoot);
        try
        {
            string[] evaluate = ["build.sh", "Evaluate", "--train-data", trainCsv, "--test-data", testCsv];
            progress?.Report($"Warming the copy in {copy.Path} (first build and first run of the pipeline)");
            (await new ProcessRunner { Echo = false }.RunAsync("bash", evaluate, copy.Path)).EnsureSuccess();

            var cold = BenchmarkCommand.Of("./build.sh Evaluate --force (cold: every target runs)", "bash", [.. evaluate, "--force"]);
            // A rerun within the racy window of the files the last run wrote re-reads them, as git does, by design:
            // the no-op is measured once those have settled, as a person's rerun meets them.
            var noOp = BenchmarkCommand.Of("./build.sh Evaluate (no-op rerun: every target Cached)", "bash", evaluate) with
            {
                SettleFirst = FileHashes.RacyWindow + TimeSpan.FromMilliseconds(500),
            };
            var help = BenchmarkCommand.Of("./build.sh --help (start-up alone)", "bash", "build.sh", "--help");
            var timings = await new AlternatingBenchmark(copy.Path, new RoundProgress(progress, rounds)).RunAsync([cold, noOp, help], rounds);
            return Report(timings[0], timings[1], timings[2], rounds);
        }
        finally
        {
            copy.Delete();
        }
    }

    /// <summary>The page: each command's median, min and max, and the no-op rerun's ratios to the cold run and to --help.</summary>
    internal static BenchmarkReport Report(CommandTimings cold, CommandTimings noOp, CommandTimings help, int rounds)
    {
        ArgumentNullException.ThrowIfNull(cold);
        ArgumentNullException.ThrowIfNull(noOp);
        ArgumentNullException.ThrowIfNull(help);
        var report = new BenchmarkReport("Pipeline rerun",
            $"Median wall time of `./build.sh Evaluate` with nothing to do (every target Cached), against every target running " +
            $"(`--force`) and against start-up alone (`--help`); {rounds} rounds after one warm-up, commands alternating within " +
            "each round. Each no-op rerun first waits, untimed, until the files the runs before it wrote are older than the " +
            $"{FileHashes.RacyWindow.TotalSeconds:0} s in which a timestamp cannot prove a file unchanged (a rerun sooner reads " +
            "them again, as git does). Lower is better.")
            .Columns("command", "median", "min", "max", "no-op rerun as a share of it");
        foreach (var timing in new[] { cold, noOp, help })
        {
            report.Row($"`{timing.Command.Name}`", BenchmarkReport.Milliseconds(timing.Median), BenchmarkReport.Milliseconds(timing.Samples.Min()),
                BenchmarkReport.Milliseconds(timing.Samples.Max()), Ratio(noOp.Median / timing.Median));
        }

        var toCold = noOp.Median / cold.Median;
        var toHelp = noOp.Median / help.Median;
        return report
            .Goal($"no-op rerun ≤ {ColdGoal:0.00} × cold run", toCold <= ColdGoal, Ratio(toCold))
            .Goal($"no-op rerun ≤ {HelpGoal:0.0} × --help", toHelp <= HelpGoal, Ratio(toHelp));
    }

    private static string Ratio(double ratio) => ratio.ToString("0.000", CultureInfo.InvariantCulture);
}
