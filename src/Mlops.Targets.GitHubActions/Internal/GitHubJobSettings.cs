namespace Mlops.Targets.GitHubActions.Internal;

/// <summary>What a target declares about its CI job, kept on the target's definition for the workflow generator.</summary>
internal sealed class GitHubJobSettings
{
    /// <summary>No job of its own: it runs inside the job of each target that needs it (Restore, Compile).</summary>
    public bool RunsInDependentJobs { get; set; }

    /// <summary>GITHUB_TOKEN scopes beyond contents: read, as declared ("packages: write").</summary>
    public List<string> Permissions { get; } = [];

    public (string Name, string? Url)? Environment { get; set; }

    /// <summary>The job's <c>if:</c>, joined with "and".</summary>
    public List<GitHubCondition> Conditions { get; } = [];
}
