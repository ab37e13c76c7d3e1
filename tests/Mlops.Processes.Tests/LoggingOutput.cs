using Serilog.Events;

namespace Mlops.Processes.Tests;

public sealed class LoggingOutput : IDisposable
{
    private const string Script = "echo kept; echo noise; echo trouble >&2";

    private readonly CapturedLog _log = new();

    public void Dispose() => _log.Dispose();

    [Fact]
    public async Task Echo_logs_the_command_then_each_line_with_errors_as_warnings()
    {
        await new ProcessRunner().RunAsync("bash", ["-c", Script]);

        Assert.Equal($"> bash -c \"{Script}\"", _log.Texts[0]);
        Assert.Contains((LogEventLevel.Information, "kept"), _log.Events);
        Assert.Contains((LogEventLevel.Information, "noise"), _log.Events);
        Assert.Contains((LogEventLevel.Warning, "trouble"), _log.Events);
        Assert.Equal(4, _log.Events.Count);
    }

    [Fact]
    public async Task Without_echo_nothing_is_logged_but_every_line_is_collected()
    {
        var result = await new ProcessRunner { Echo = false }.RunAsync("bash", ["-c", Script]);

        Assert.Empty(_log.Events);
        Assert.Equal(3, result.Output.Count);
    }

    [Fact]
    public async Task Lines_the_filter_hides_stay_out_of_the_log_but_in_the_output()
    {
        var runner = new ProcessRunner { Shows = line => line != "noise" };

        var result = await runner.RunAsync("bash", ["-c", Script]);

        Assert.DoesNotContain("noise", _log.Texts);
        Assert.Contains("kept", _log.Texts);
        Assert.Contains("noise", result.Output);
    }
}
