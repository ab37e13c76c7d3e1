namespace Mlops.Benchmarks.Tests;

public sealed class MeasuringPipelineReruns
{
    private static CommandTimings Timings(string name, params int[] milliseconds) =>
        new(BenchmarkCommand.Of(name, "bash", "build.sh"), milliseconds.Select(ms => TimeSpan.FromMilliseconds(ms)).ToList());

    private static BenchmarkReport Report(int coldMs, int noOpMs, int helpMs) =>
        PipelineBenchmark.Report(Timings("cold", coldMs - 100, coldMs, coldMs + 500), Timings("no-op", noOpMs, noOpMs + 10, noOpMs - 10),
            Timings("help", helpMs, helpMs, helpMs), rounds: 3);

    [Fact]
    public void The_no_op_rerun_is_compared_by_median_with_the_cold_run_and_with_help()
    {
        var report = Report(coldMs: 3000, noOpMs: 120, helpMs: 100);

        Assert.True(report.AllGoalsMet);
        Assert.Equal([("no-op rerun ≤ 0.05 × cold run", true, "0.040"), ("no-op rerun ≤ 2.0 × --help", true, "1.200")], report.Goals);
        var page = report.ToMarkdown("2 cores");
        Assert.Contains("| `cold` | 3000 ms | 2900 ms | 3500 ms | 0.040 |", page, StringComparison.Ordinal);
        Assert.Contains("| `no-op` | 120 ms | 110 ms | 130 ms | 1.000 |", page, StringComparison.Ordinal);
        Assert.Contains("| `help` | 100 ms | 100 ms | 100 ms | 1.200 |", page, StringComparison.Ordinal);
        Assert.Contains("3 rounds after one warm-up", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_goal_is_missed_on_its_own()
    {
        var slowAgainstCold = Report(coldMs: 2000, noOpMs: 180, helpMs: 100);
        var slowAgainstHelp = Report(coldMs: 8000, noOpMs: 250, helpMs: 100);

        Assert.Equal([false, true], slowAgainstCold.Goals.Select(g => g.Met));
        Assert.Equal("0.090", slowAgainstCold.Goals[0].Observed);
        Assert.Equal([true, false], slowAgainstHelp.Goals.Select(g => g.Met));
        Assert.Equal("2.500", slowAgainstHelp.Goals[1].Observed);
        Assert.False(slowAgainstHelp.AllGoalsMet);
    }
}
