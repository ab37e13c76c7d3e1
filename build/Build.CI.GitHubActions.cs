using Mlops.Targets.GitHubActions;

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
internal sealed partial class Build;
