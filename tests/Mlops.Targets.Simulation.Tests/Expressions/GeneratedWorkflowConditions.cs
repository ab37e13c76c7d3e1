using Mlops.Targets.Simulation.Internal.Expressions;

namespace Mlops.Targets.Simulation.Tests.Expressions;

/// <summary>The conditions the workflow generator writes, on the events that trigger it.</summary>
public sealed class GeneratedWorkflowConditions
{
    private const string PushToMain = "github.event_name == 'push' && github.ref == 'refs/heads/main'";
    private const string ReleaseTag = "startsWith(github.ref, 'refs/tags/v')";
    private const string Production = "inputs.environment == 'production'";
    private const string PushOrDispatch = "contains(fromJSON('[\"push\",\"workflow_dispatch\"]'), github.event_name)";

    [Theory]
    [InlineData(PushToMain, "push", "refs/heads/main", true)]
    [InlineData(PushToMain, "push", "refs/heads/feature/x", false)]
    [InlineData(PushToMain, "pull_request", "refs/heads/main", false)]
    [InlineData(ReleaseTag, "push", "refs/tags/v1.2.0", true)]
    [InlineData(ReleaseTag, "push", "refs/tags/nightly", false)]
    [InlineData(ReleaseTag, "push", "refs/heads/main", false)]
    [InlineData(PushOrDispatch, "push", "refs/heads/main", true)]
    [InlineData(PushOrDispatch, "workflow_dispatch", "refs/heads/main", true)]
    [InlineData(PushOrDispatch, "pull_request", "refs/heads/main", false)]
    [InlineData("${{ " + PushToMain + " }}", "push", "refs/heads/main", true)]
    [InlineData(PushToMain + " || " + ReleaseTag, "push", "refs/tags/v2.0.0", true)]
    public void Event_conditions_pick_the_runs_they_name(string condition, string eventName, string gitRef, bool runs)
    {
        var context = Contexts.Run(eventName, gitRef);

        var result = GitHubExpression.EvaluateCondition(condition, context);

        Assert.Equal(runs, result);
    }

    [Theory]
    [InlineData("production", true)]
    [InlineData("Production", true)] // == ignores case
    [InlineData("staging", false)]
    public void The_environment_input_selects_production(string environment, bool runs)
    {
        var context = Contexts.Run("workflow_dispatch", "refs/heads/main", environment);

        var result = GitHubExpression.EvaluateCondition(Production, context);

        Assert.Equal(runs, result);
    }

    [Theory]
    [InlineData("Success", true)]
    [InlineData("Failure", true)]
    [InlineData("Cancelled", false)]
    public void A_cleanup_job_runs_unless_the_run_was_cancelled(string status, bool runs)
    {
        var context = Contexts.Sample(Enum.Parse<JobStatus>(status));

        var result = GitHubExpression.EvaluateCondition("!cancelled()", context);

        Assert.Equal(runs, result);
    }
}
