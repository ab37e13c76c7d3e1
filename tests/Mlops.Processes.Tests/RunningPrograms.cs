namespace Mlops.Processes.Tests;

public sealed class RunningPrograms
{
    private readonly ProcessRunner _runner = new() { Echo = false };

    [Fact]
    public async Task The_exit_code_and_both_streams_are_collected_each_in_its_order()
    {
        // Standard output and error are separate pipes read by separate threads: under load their lines may
        // interleave either way, so only the order within each stream is promised.
        var result = await _runner.RunAsync("bash", ["-c", "echo one; sleep 0.2; echo two >&2; sleep 0.2; echo three; exit 3"]);

        Assert.Equal(3, result.ExitCode);
        Assert.False(result.Succeeded);
        Assert.Equal(["one", "three"], result.Output.Where(line => line != "two"));
        Assert.Contains("two", result.Output);
        Assert.True(result.Duration >= TimeSpan.FromMilliseconds(300), $"took {result.Duration}");
    }

    [Fact]
    public async Task A_program_that_exits_zero_succeeds()
    {
        var result = await _runner.RunAsync("bash", ["-c", "true"]);

        Assert.Equal(0, result.ExitCode);
        Assert.True(result.Succeeded);
        Assert.Same(result, result.EnsureSuccess());
    }

    [Fact]
    public async Task The_program_runs_in_the_given_working_directory()
    {
        var folder = Directory.CreateTempSubdirectory("mlops-cwd-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "marker.txt"), "");

            var result = await _runner.RunAsync("ls", [], folder.FullName);

            Assert.Equal(["marker.txt"], result.Output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Standard_input_is_closed_so_a_program_reading_it_ends_at_once()
    {
        // If stdin stayed open, cat would wait for a keyboard until the timeout cancels it.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));

        var result = await _runner.RunAsync("cat", [], cancellation: timeout.Token);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Output);
    }
}
