using Mlops.Targets.GitHubActions;

namespace Mlops.Build;

/// <summary>
/// The workflows generated into .github/workflows from the targets (./build.sh --generate-ci; every local run does it
/// too). Restore and Compile run inside each job that needs them; every other target is a job of its own.
/// </summary>
[GitHubWorkflow("ci",
    On = [GitHubTrigger.PullRequest, GitHubTrigger.Push],
    PushBranches = ["main"],
    PullRequestBranches = ["main"],
    InvokedTargets = [nameof(Test)],
    TimeoutMinutes = 60)]
internal sealed partial class Build;
