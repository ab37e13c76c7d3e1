namespace Mlops.Targets.Tests;

public sealed class Cycles : IDisposable
{
    private readonly BuildRun _run = new();

    private sealed class Circular : RecordingBuild
    {
        public Target A => _ => _.DependsOn(C).Executes(() => Note(nameof(A)));
        public Target B => _ => _.DependsOn(A).Executes(() => Note(nameof(B)));
        public Target C => _ => _.DependsOn(B).Executes(() => Note(nameof(C)));
        public Target Free => _ => _.Executes(() => Note(nameof(Free)));
    }

    private sealed class OrderingCycle : RecordingBuild
    {
        public Target First => _ => _.Before(Second).Executes(() => Note(nameof(First)));
        public Target Second => _ => _.Triggers(First).Executes(() => Note(nameof(Second)));
    }

    [Fact]
    public void A_dependency_cycle_is_an_error_naming_the_cycle()
    {
        var build = new Circular();

        _run.Run(build, "Free");

        Assert.Equal(2, _run.ExitCode);
        Assert.Contains("cycle: A → C → B → A", _run.Error, StringComparison.Ordinal);
        Assert.Empty(build.Ran);
    }

    [Fact]
    public void A_cycle_through_ordering_and_triggers_is_found_too()
    {
        _run.Run(new OrderingCycle(), "Second");

        Assert.Equal(2, _run.ExitCode);
        Assert.Contains("cycle", _run.Error, StringComparison.Ordinal);
        Assert.Contains("First", _run.Error, StringComparison.Ordinal);
        Assert.Contains("Second", _run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _run.Dispose();
}
