namespace Mlops.Processes.Tests;

public sealed class FailingPrograms
{
    private readonly ProcessRunner _runner = new() { Echo = false };

    [Fact]
    public async Task EnsureSuccess_names_the_command_the_exit_code_and_the_last_lines_printed()
    {
        var result = await _runner.RunAsync("bash", ["-c", "for i in 1 2 3 4 5 6 7; do echo line$i; done; echo; exit 4"]);

        var failure = Assert.Throws<ProcessFailedException>(() => result.EnsureSuccess());

        Assert.StartsWith("bash -c \"for i in", failure.Message, StringComparison.Ordinal);
        Assert.Contains("exited with code 4.", failure.Message, StringComparison.Ordinal);
        Assert.EndsWith("Last output:\nline3\nline4\nline5\nline6\nline7", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("line2", failure.Message, StringComparison.Ordinal);
        Assert.Same(result, failure.Result);
    }

    [Fact]
    public async Task A_failure_without_output_says_only_the_command_and_exit_code()
    {
        var result = await _runner.RunAsync("bash", ["-c", "exit 9"]);

        var failure = Assert.Throws<ProcessFailedException>(() => result.EnsureSuccess());

        Assert.Equal("bash -c \"exit 9\" exited with code 9.", failure.Message);
    }

    [Fact]
    public async Task A_missing_program_cannot_start_and_says_so()
    {
        var failure = await Assert.ThrowsAsync<ProcessFailedException>(() =>
            _runner.RunAsync("mlops-no-such-program", ["--version"]));

        Assert.StartsWith("Could not start mlops-no-such-program:", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Is it installed and on PATH?", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_ends_the_program_instead_of_waiting_for_it()
    {
        var folder = Directory.CreateTempSubdirectory("mlops-cancel-");
        try
        {
            var pidFile = Path.Combine(folder.FullName, "pid");
            using var cancel = new CancellationTokenSource();
            var run = _runner.RunAsync("bash", ["-c", $"echo $$ > '{pidFile}.new' && mv '{pidFile}.new' '{pidFile}' && exec sleep 60"],
                cancellation: cancel.Token);
            var pid = await ReadPidAsync(pidFile);

            await cancel.CancelAsync();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
            Assert.True(await HasEndedAsync(pid), $"process {pid} still runs");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    // Written by rename, so the file is either absent or complete.
    private static async Task<int> ReadPidAsync(string pidFile)
    {
        for (var attempt = 0; attempt < 200 && !File.Exists(pidFile); attempt++)
        {
            await Task.Delay(50);
        }

        return int.Parse(File.ReadAllText(pidFile), System.Globalization.CultureInfo.InvariantCulture);
    }

    // A killed child may linger briefly as a zombie until it is reaped; either way it no longer runs.
    private static async Task<bool> HasEndedAsync(int pid)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var stat = $"/proc/{pid}/stat";
            if (!File.Exists(stat) || File.ReadAllText(stat).Split(' ')[2] == "Z")
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}
