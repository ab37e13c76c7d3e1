namespace Mlops.Targets.GitHubActions.Tests.Workflows;

/// <summary>
/// A local run regenerates the workflows only when something the generator reads (the build's code, a parameter value
/// that becomes a dispatch input's default) or a workflow file itself changed since the last run made them.
/// </summary>
public sealed class KeepingWorkflowsCurrent : IDisposable
{
    private const string Unchanged = "The workflows are as this build last generated them";
    private readonly BuildRun _run = new();

    private string Promote => _run.Root / ".github" / "workflows" / "promote.yml";

    [Fact]
    public void A_second_run_with_nothing_changed_does_not_generate_them_again()
    {
        _run.Run(new DeliveryBuild(), "Lint", "--skip");
        Assert.Contains("Regenerated .github/workflows/promote.yml", _run.Output, StringComparison.Ordinal);
        var written = File.GetLastWriteTimeUtc(Promote);

        _run.Run(new DeliveryBuild(), "Lint", "--skip");

        Assert.Equal(0, _run.ExitCode);
        Assert.Contains(Unchanged, _run.JsonLog(), StringComparison.Ordinal);
        Assert.DoesNotContain("Regenerated", _run.Output, StringComparison.Ordinal);
        Assert.Equal(written, File.GetLastWriteTimeUtc(Promote));
    }

    [Fact]
    public void A_workflow_edited_or_deleted_by_hand_is_made_again_on_the_next_run()
    {
        _run.Run(new DeliveryBuild(), "Lint", "--skip");
        var generated = File.ReadAllText(Promote);

        File.WriteAllText(Promote, generated.Replace("timeout-minutes: 15", "timeout-minutes: 5", StringComparison.Ordinal));
        _run.Run(new DeliveryBuild(), "Lint", "--skip");
        Assert.Equal(generated, File.ReadAllText(Promote));

        File.Delete(Promote);
        _run.Run(new DeliveryBuild(), "Lint", "--skip");
        Assert.Equal(generated, File.ReadAllText(Promote));
        Assert.Contains("Regenerated .github/workflows/promote.yml", _run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_given_to_one_run_does_not_become_the_dispatch_default()
    {
        // The default is what the build class declares: a local run with --replicas 3 (or --reason, …) must not leave
        // the committed workflow changed, nor make CI's drift check fail on the next push.
        _run.Run(new DeliveryBuild(), "Lint", "--skip");
        var declared = File.ReadAllText(Promote);
        Assert.Contains("default: 2", declared, StringComparison.Ordinal);

        _run.Run(new DeliveryBuild(), "Lint", "--skip", "--replicas", "3");

        Assert.Equal(0, _run.ExitCode);
        Assert.Equal(declared, File.ReadAllText(Promote));
    }

    [Fact]
    public void Under_dry_run_nothing_is_written_and_the_next_real_run_still_generates()
    {
        _run.Run(new DeliveryBuild(), "Lint", "--skip", "--dry-run");
        Assert.False(File.Exists(Promote));
        Assert.False(File.Exists(_run.Root / ".nuke" / "temp" / "workflows.stamp"));

        _run.Run(new DeliveryBuild(), "Lint", "--skip");

        Assert.True(File.Exists(Promote));
    }

    public void Dispose() => _run.Dispose();
}
