namespace Mlops.Targets.GitHubActions;

/// <summary>
/// A GitHub Actions workflow generated from the build's targets into <c>.github/workflows/&lt;name&gt;.yml</c>:
/// one job per target, <c>needs:</c> from the target graph, artifacts from Produces/Consumes.
/// <code>[GitHubWorkflow("ci", On = [GitHubTrigger.PullRequest, GitHubTrigger.Push], PushBranches = ["main"], InvokedTargets = ["Test"])]</code>
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class GitHubWorkflowAttribute(string name) : Attribute
{
    public string Name { get; } = name;

    public GitHubTrigger[] On { get; set; } = [];

    /// <summary>Branches a push runs the workflow for (push trigger).</summary>
    public string[] PushBranches { get; set; } = [];

    /// <summary>Tag patterns a push runs the workflow for, e.g. <c>v*</c> (push trigger).</summary>
    public string[] PushTags { get; set; } = [];

    /// <summary>Target branches of pull requests that run the workflow (pull_request trigger).</summary>
    public string[] PullRequestBranches { get; set; } = [];

    /// <summary>Only changes to these paths run the workflow (push and pull_request).</summary>
    public string[] Paths { get; set; } = [];

    /// <summary>The targets the workflow runs; their dependencies come along as jobs of their own.</summary>
    public string[] InvokedTargets { get; set; } = [];

    /// <summary>Parameters offered as typed <c>workflow_dispatch</c> inputs (string, bool, enum as choice, numbers).</summary>
    public string[] Inputs { get; set; } = [];

    /// <summary>[Secret] parameters taken from repository secrets, given only to the jobs whose targets require them.</summary>
    public string[] ImportSecrets { get; set; } = [];

    /// <summary>
    /// Parameters taken from repository variables (<c>vars.DATA_REMOTE</c>: settings, shown in plain text, so never a
    /// [Secret]), given only to the jobs whose targets require them; an unset variable leaves the parameter to its
    /// other sources.
    /// </summary>
    public string[] ImportVariables { get; set; } = [];

    /// <summary>Runner labels for every job.</summary>
    public string[] RunsOn { get; set; } = ["ubuntu-24.04"];

    public int TimeoutMinutes { get; set; } = 30;

    /// <summary>Runs of the same group queue or cancel each other; default: the workflow name and the ref.</summary>
    public string? ConcurrencyGroup { get; set; }

    /// <summary>A newer run of the group cancels the one in progress (right for CI; wrong for deployments).</summary>
    public bool CancelInProgress { get; set; } = true;
}

public enum GitHubTrigger
{
    Push,
    PullRequest,
    WorkflowDispatch,
}
