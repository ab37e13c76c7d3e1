using Serilog;

namespace Mlops.Targets.Tests;

public sealed class Logging : IDisposable
{
    private readonly BuildRun _run = new();

    private sealed class Chatty : MlopsBuild
    {
        // Static: a target that needs nothing of the instance may be declared so (as CA1822 asks).
        public static Target Train => _ => _.Executes(() => Log.Information("Trained {Rows} rows", 32561));
    }

    [Fact]
    public void Console_lines_carry_the_target_and_the_message_with_plain_values()
    {
        _run.Run(new Chatty(), "Train");

        Assert.Matches(@"\d\d:\d\d:\d\d INF Train\s+│ Trained 32561 rows", _run.Output);
        Assert.Matches(@"INF Train\s+│ Running \(invoked\)", _run.Output);
    }

    [Fact]
    public void A_json_log_with_one_event_per_line_is_written_under_artifacts_logs()
    {
        _run.Run(new Chatty(), "Train");

        var lines = _run.JsonLog().Trim().Split('\n');
        var trained = lines.Single(l => l.Contains("Trained", StringComparison.Ordinal));
        using var json = System.Text.Json.JsonDocument.Parse(trained);
        Assert.Equal(32561, json.RootElement.GetProperty("Rows").GetInt32());
        Assert.Equal("Train", json.RootElement.GetProperty("Target").GetString());
        Assert.Equal("Trained 32561 rows", json.RootElement.GetProperty("@m").GetString());
    }

    [Fact]
    public void Quiet_verbosity_keeps_the_console_to_errors_and_the_summary()
    {
        _run.Run(new Chatty(), "Train", "--verbosity", "quiet");

        Assert.DoesNotContain("Trained", _run.Output, StringComparison.Ordinal);
        Assert.Contains("Build succeeded", _run.Output, StringComparison.Ordinal);
        Assert.Contains("Trained", _run.JsonLog(), StringComparison.Ordinal);
    }

    public void Dispose() => _run.Dispose();
}
