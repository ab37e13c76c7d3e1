using Serilog;

namespace Mlops.Targets.Tests;

public sealed class ShowingProgress : IDisposable
{
    private static readonly string[] ReportedOrder =
        ["Training: lightgbm fitting", "Training: logistic fitting", "Training: lightgbm done", "Training: logistic done", "Succeeded"];

    private readonly BuildRun _run = new();

    private sealed class Training : MlopsBuild
    {
        public Target Train => _ => _.Executes(() => ShowProgressAsync("Training", ["lightgbm", "logistic"], progress =>
        {
            Log.Information("logged while the bars are up");
            progress.Report(new ProgressUpdate("lightgbm", "fitting", 0.2));
            progress.Report(new ProgressUpdate("lightgbm", "fitting", 0.7));
            progress.Report(new ProgressUpdate("logistic", "fitting"));
            progress.Report(new ProgressUpdate("lightgbm", "done"));
            progress.Report(new ProgressUpdate("logistic", "done"));
            return Task.CompletedTask;
        }));
    }

    [Fact]
    public void Without_a_terminal_each_stage_is_one_log_line()
    {
        _run.Run(new Training(), "Train");

        Assert.Equal(0, _run.ExitCode);
        Assert.Single(_run.Output.Split('\n'), l => l.Contains("Training: lightgbm fitting", StringComparison.Ordinal));
        Assert.Contains("Training: lightgbm done", _run.Output, StringComparison.Ordinal);
        Assert.Contains("Training: logistic done", _run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Stage_lines_come_in_the_order_reported_and_before_the_target_ends()
    {
        _run.Run(new Training(), "Train");

        var order = ReportedOrder.Select(line => _run.Output.IndexOf(line, StringComparison.Ordinal)).ToList();
        Assert.True(order[0] >= 0 && order.SequenceEqual(order.Order()), _run.Output);
    }

    [Fact]
    public void On_a_terminal_bars_are_drawn_and_log_lines_wait_until_they_are_done()
    {
        _run.Interactive = true;

        _run.Run(new Training(), "Train");

        Assert.Equal(0, _run.ExitCode);
        var bars = _run.Output.IndexOf("Training: lightgbm", StringComparison.Ordinal);
        var held = _run.Output.IndexOf("logged while the bars are up", StringComparison.Ordinal);
        Assert.True(bars >= 0 && held > bars, _run.Output);
        Assert.Contains("100%", _run.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _run.Dispose();
}
