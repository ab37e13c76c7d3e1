namespace Mlops.Targets.Tests;

public sealed class Ordering : IDisposable
{
    private readonly BuildRun _run = new();

    private sealed class Pipeline : RecordingBuild
    {
        public Target Restore => _ => _.Executes(() => Note(nameof(Restore)));
        public Target Compile => _ => _.DependsOn(Restore).Executes(() => Note(nameof(Compile)));
        public Target Test => _ => _.DependsOn(Compile).Executes(() => Note(nameof(Test)));
        public Target Pack => _ => _.DependsOn(Compile).After(Test).Executes(() => Note(nameof(Pack)));
        public Target Publish => _ => _.DependsOn(Pack).Triggers(Notify).Executes(() => Note(nameof(Publish)));
        public Target Notify => _ => _.Executes(() => Note(nameof(Notify)));
        public Target Audit => _ => _.DependentFor(Test).Executes(() => Note(nameof(Audit)));
        public Target Report => _ => _.TriggeredBy(Test).Executes(() => Note(nameof(Report)));
        public Target Announce => _ => _.Before(Restore).Executes(() => Note(nameof(Announce)));
    }

    [Fact]
    public void Dependencies_run_first_in_topological_order()
    {
        var build = new Pipeline();

        _run.Run(build, "Compile");

        Assert.Equal(0, _run.ExitCode);
        Assert.Equal(["Restore", "Compile"], build.Ran);
    }

    [Fact]
    public void DependentFor_makes_the_named_target_depend_on_this_one()
    {
        var build = new Pipeline();

        _run.Run(build, "Test");

        Assert.Equal(["Restore", "Compile", "Audit", "Test", "Report"], build.Ran);
    }

    [Fact]
    public void After_orders_only_when_both_are_planned()
    {
        var both = new Pipeline();
        _run.Run(both, "Pack", "Test");
        Assert.True(both.Ran.ToList().IndexOf("Test") < both.Ran.ToList().IndexOf("Pack"), string.Join(",", both.Ran));

        var packOnly = new Pipeline();
        _run.Run(packOnly, "Pack");
        Assert.Equal(["Restore", "Compile", "Pack"], packOnly.Ran);
    }

    [Fact]
    public void Before_orders_the_declaring_target_first_when_both_are_planned()
    {
        var build = new Pipeline();

        _run.Run(build, "Compile", "Announce");

        Assert.Equal(["Announce", "Restore", "Compile"], build.Ran);
    }

    [Fact]
    public void Triggers_plans_the_triggered_target_after_the_trigger()
    {
        var build = new Pipeline();

        _run.Run(build, "Publish");

        Assert.Equal(["Restore", "Compile", "Pack", "Publish", "Notify"], build.Ran);
        Assert.Equal("Succeeded", _run.StatusOf("Notify"));
    }

    [Fact]
    public void Each_target_runs_once_even_when_several_need_it()
    {
        var build = new Pipeline();

        _run.Run(build, "Test", "Pack", "Compile");

        Assert.Single(build.Ran, "Compile");
        Assert.Single(build.Ran, "Restore");
    }

    public void Dispose() => _run.Dispose();
}
