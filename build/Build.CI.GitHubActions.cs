using Mlops.Targets;
using Mlops.Targets.GitHubActions;
using Mlops.Targets.Simulation;

namespace Mlops.Build;

/// <summary>
/// The workflows generated into .github/workflows from the targets (./build.sh --generate-ci; every local run does it
/// too). Restore, Compile, PullData and Up run inside each job that needs them; every other target is a job of its
/// own, so Lint/Test and ValidateData → Train → Evaluate → Docker run side by side, the model's artifacts handed from
/// job to job. Pull requests build the image; only a push to main pushes it. The data comes from the repository
/// variable DATA_REMOTE, the promote workflow's health gate its cluster from the production environment's secret
/// KUBECONFIG_DATA (README: "Setting up GitHub").
/// </summary>
[GitHubWorkflow("ci",
    On = [GitHubTrigger.PullRequest, GitHubTrigger.Push],
    PushBranches = ["main"],
    PullRequestBranches = ["main"],
    InvokedTargets = [nameof(Test), nameof(Evaluate), nameof(Docker), nameof(Push), nameof(BumpManifest)],
    ImportSecrets = ["GithubToken"],
    ImportVariables = ["DataRemote", "CrdRemote"],
    TimeoutMinutes = 60)]
[GitHubWorkflow("promote",
    On = [GitHubTrigger.WorkflowDispatch],
    InvokedTargets = [nameof(Promote)],
    Inputs = ["NoHealthGate", "ReleaseHold"],
    ImportSecrets = ["GithubToken", "KubeconfigData"],
    ConcurrencyGroup = "gitops-production",
    CancelInProgress = false,
    TimeoutMinutes = 30)]
[GitHubWorkflow("rollback",
    On = [GitHubTrigger.WorkflowDispatch],
    InvokedTargets = [nameof(Rollback)],
    Inputs = ["Reason"],
    ImportSecrets = ["GithubToken"],
    ConcurrencyGroup = "gitops-production",
    CancelInProgress = false,
    TimeoutMinutes = 15)]
internal sealed partial class Build
{
    /// <summary>The CI integration generates the workflows, checks them for drift and reports to a runner; the simulator runs them here.</summary>
    private GitHubActionsIntegration GitHubActions { get; } = new();

    protected override IEnumerable<IBuildExtension> Extensions => [GitHubActions, new WorkflowSimulator(ContainersStandIn(), GitOpsStandIn())];
}
