namespace Mlops.Targets.Tests;

public sealed class Parallel : IDisposable
{
    private readonly BuildRun _run = new();

    /// <summary>
    /// Train and Lint each wait (bounded) for the other to be running too, and note the most that ran at once.
    /// Evaluate depends on Train and records whether Train had finished when it began.
    /// </summary>
    private sealed class Overlapping(TimeSpan patience) : RecordingBuild
    {
        private int _running;
        private int _most;
        private volatile bool _trainFinished;

        public bool Overlapped { get; private set; }
        public bool EvaluateSawTrainFinished { get; private set; }

        public Target Compile => _ => _.Executes(() => Note(nameof(Compile)));
        public Target Train => _ => _.DependsOn(Compile).Executes(() =>
        {
            Meet();
            Thread.Sleep(50);
            _trainFinished = true;
        });
        public Target Lint => _ => _.DependsOn(Compile).Executes(Meet);
        public Target Evaluate => _ => _.DependsOn(Train).Executes(() => EvaluateSawTrainFinished = _trainFinished);

        private void Meet()
        {
            var now = Interlocked.Increment(ref _running);
            SpinWait.SpinUntil(() => Volatile.Read(ref _running) >= 2, patience);
            Interlocked.Exchange(ref _most, Math.Max(Volatile.Read(ref _most), Math.Max(now, Volatile.Read(ref _running))));
            Interlocked.Decrement(ref _running);
            Overlapped = Volatile.Read(ref _most) >= 2;
        }
    }

    [Fact]
    public void With_parallel_independent_targets_overlap_and_dependencies_still_hold()
    {
        var build = new Overlapping(TimeSpan.FromSeconds(5));

        _run.Run(build, "Evaluate", "Lint", "--parallel");

        Assert.Equal(0, _run.ExitCode);
        Assert.True(build.Overlapped, "Train and Lint should have been running at the same time");
        Assert.True(build.EvaluateSawTrainFinished);
        Assert.Equal("Succeeded", _run.StatusOf("Evaluate"));
    }

    [Fact]
    public void Without_parallel_targets_run_one_at_a_time()
    {
        var build = new Overlapping(TimeSpan.FromMilliseconds(200));

        _run.Run(build, "Evaluate", "Lint");

        Assert.False(build.Overlapped, "Train and Lint must not overlap without --parallel");
    }

    [Fact]
    public void A_parallel_failure_stops_targets_not_yet_started()
    {
        var build = new FailingInParallel();

        _run.Run(build, "Publish", "Docs", "--parallel", "2");

        Assert.Equal(1, _run.ExitCode);
        Assert.Equal("Failed", _run.StatusOf("Train"));
        Assert.Equal("Succeeded", _run.StatusOf("Docs"));
        Assert.Equal("NotRun", _run.StatusOf("Publish"));
        Assert.DoesNotContain("Publish", build.Ran);
    }

    private sealed class FailingInParallel : RecordingBuild
    {
        public static Target Train => _ => _.Executes(() => throw new InvalidOperationException("boom"));
        public Target Docs => _ => _.Executes(() => Note(nameof(Docs)));
        public Target Publish => _ => _.DependsOn(Train, Docs).Executes(() => Note(nameof(Publish)));
    }

    public void Dispose() => _run.Dispose();
}
