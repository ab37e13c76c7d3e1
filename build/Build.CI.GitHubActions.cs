using Mlops.Targets;
using Mlops.Targets.GitHubActions;
using Mlops.Targets.Simulation;

namespace Mlops.Build;

/// <summary>
/// The workflows generated into .github/workflows from the targets (./build.sh --generate-ci; every local run does it
/// too). Restore, Compile and PullData run inside each job that needs them; every other target is a job of its own,
/// so Lint/Test and ValidateData → Train → Evaluate run side by side, the model's artifacts handed from job to job.
/// </summary>
[GitHubWorkflow("ci",
    On = [GitHubTrigger.PullRequest, GitHubTrigger.Push],
    PushBranches = ["main"],
    PullRequestBranches = ["main"],
    InvokedTargets = [nameof(Test), nameof(Evaluate)],
    ImportSecrets = ["GithubToken"],
    TimeoutMinutes = 60)]
internal sealed partial class Build
{
    /// <summary>The CI integration generates the workflows, checks them for drift and reports to a runner; the simulator runs them here.</summary>
    private GitHubActionsIntegration GitHubActions { get; } = new();

    protected override IEnumerable<IBuildExtension> Extensions => [GitHubActions, new WorkflowSimulator()];
}
