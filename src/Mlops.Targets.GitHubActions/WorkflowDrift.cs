namespace Mlops.Targets.GitHubActions;

/// <summary>A committed workflow that is not what the build generates, and the diff that would make it so.</summary>
public sealed record WorkflowDrift(string RelativePath, string Diff);
