using Mlops.Testing;

namespace Mlops.Processes.Tests;

/// <summary>A service started to outlive its starter, known by PID, and stopped by it — never another program that took the PID.</summary>
public sealed class LeavingServicesRunning : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_started_service_runs_with_its_output_in_the_log_until_stopped_by_its_pid()
    {
        var pid = BackgroundProcess.Start("sh", ["-c", "echo started; exec sleep 60"], _folder["logs/service.log"]);

        // Started as sh, which then becomes sleep: wait for that step, which is the program's, not the starter's.
        for (var waited = 0; waited < 250 && !BackgroundProcess.IsRunning(pid, "sleep"); waited++)
        {
            Thread.Sleep(20);
        }

        Assert.True(BackgroundProcess.IsRunning(pid, "sleep"));
        Assert.True(BackgroundProcess.Stop(pid, "sleep", TimeSpan.FromSeconds(5)));
        Assert.False(BackgroundProcess.IsRunning(pid, "sleep"));
        Assert.Equal("started", File.ReadAllText(_folder["logs/service.log"]).Trim());
        Assert.False(BackgroundProcess.Stop(pid, "sleep", TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public void A_pid_that_now_names_another_program_is_neither_running_nor_stopped()
    {
        var pid = BackgroundProcess.Start("sleep", ["60"], _folder["sleep.log"]);
        try
        {
            Assert.False(BackgroundProcess.IsRunning(pid, "podman"));
            Assert.False(BackgroundProcess.Stop(pid, "podman", TimeSpan.FromSeconds(1)));
            Assert.True(BackgroundProcess.IsRunning(pid, "sleep"));
        }
        finally
        {
            BackgroundProcess.Stop(pid, "sleep", TimeSpan.FromSeconds(5));
        }
    }

    [Fact]
    public void A_program_that_does_not_exist_fails_naming_its_log()
    {
        var log = _folder["missing.log"];

        var pid = BackgroundProcess.Start("no-such-program-here", [], log);

        Thread.Sleep(200);
        Assert.False(BackgroundProcess.IsRunning(pid, "no-such-program-here"));
        Assert.Contains("no-such-program-here", File.ReadAllText(log), StringComparison.Ordinal);
    }
}
