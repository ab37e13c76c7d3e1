using Mlops.Processes;
using Mlops.Testing;

namespace Mlops.Benchmarks.Tests;

public sealed class AlternatingCommands : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    // Each command notes its name in a shared file, so the file shows the order they ran in.
    private static BenchmarkCommand Noting(string name) => BenchmarkCommand.Of(name, "bash", "-c", $"echo {name} >> order.txt");

    [Fact]
    public async Task Each_round_runs_every_command_once_rotating_the_order_after_an_unrecorded_warm_up()
    {
        var benchmark = new AlternatingBenchmark(_folder.Path);

        var timings = await benchmark.RunAsync([Noting("a"), Noting("b"), Noting("c")], rounds: 3, warmupRounds: 1);

        var order = File.ReadAllLines(_folder["order.txt"]);
        Assert.Equal(["a", "b", "c", /* measured: */ "a", "b", "c", "b", "c", "a", "c", "a", "b"], order);
        Assert.Equal(["a", "b", "c"], timings.Select(t => t.Command.Name));
        Assert.All(timings, t => Assert.Equal(3, t.Samples.Count));
        Assert.All(timings, t => Assert.All(t.Samples, s => Assert.True(s > TimeSpan.Zero)));
    }

    [Fact]
    public async Task Progress_is_reported_after_each_measured_round_and_not_for_warm_ups()
    {
        var rounds = new RecordedProgress();

        await new AlternatingBenchmark(_folder.Path, rounds).RunAsync([BenchmarkCommand.Of("true", "bash", "-c", "true")], rounds: 2, warmupRounds: 2);

        Assert.Equal([1, 2], rounds.Values);
    }

    [Fact]
    public async Task Every_step_of_a_command_is_part_of_one_sample()
    {
        var twoSteps = new BenchmarkCommand("two steps", [new ProgramCall("bash", ["-c", "echo 1 >> steps.txt"]), new ProgramCall("bash", ["-c", "echo 2 >> steps.txt"])]);

        var timings = await new AlternatingBenchmark(_folder.Path).RunAsync([twoSteps], rounds: 2, warmupRounds: 0);

        Assert.Equal(["1", "2", "1", "2"], File.ReadAllLines(_folder["steps.txt"]));
        Assert.Equal(2, Assert.Single(timings).Samples.Count);
    }

    [Fact]
    public async Task A_command_that_settles_first_waits_before_each_sample_and_the_wait_is_not_timed()
    {
        var settle = TimeSpan.FromMilliseconds(600);
        var stamp = BenchmarkCommand.Of("stamp", "bash", "-c", "date +%s%N >> times.txt");
        var settled = BenchmarkCommand.Of("settled", "bash", "-c", "date +%s%N >> times.txt") with { SettleFirst = settle };

        var timings = await new AlternatingBenchmark(_folder.Path).RunAsync([stamp, settled], rounds: 1, warmupRounds: 0);

        var times = File.ReadAllLines(_folder["times.txt"]).Select(long.Parse).ToList();
        Assert.True(times[1] - times[0] >= settle.Ticks * 100, "the settled command ran without waiting");
        Assert.True(timings[1].Median < settle, $"the wait was timed: {timings[1].Median}");
    }

    [Fact]
    public async Task A_failing_command_stops_the_benchmark_naming_the_command_and_its_output()
    {
        var broken = BenchmarkCommand.Of("the broken one", "bash", "-c", "echo out of disk; exit 3");

        var failure = await Assert.ThrowsAsync<ProcessFailedException>(() =>
            new AlternatingBenchmark(_folder.Path).RunAsync([BenchmarkCommand.Of("fine", "bash", "-c", "true"), broken], rounds: 1));

        Assert.Contains("Benchmark command 'the broken one' failed", failure.Message, StringComparison.Ordinal);
        Assert.Contains("bash -c echo out of disk; exit 3 exited with 3.", failure.Message, StringComparison.Ordinal);
        Assert.EndsWith("out of disk", failure.Message, StringComparison.Ordinal);
    }

    // Progress<T> posts to the thread pool; this records synchronously, so the test sees every report in order.
    private sealed class RecordedProgress : IProgress<int>
    {
        public List<int> Values { get; } = [];

        public void Report(int value) => Values.Add(value);
    }
}
