namespace Mlops.Targets.GitHubActions;

/// <summary>A workflow file as the build generates it: its name, path in the repository and full text.</summary>
public sealed record GeneratedWorkflow(string Name, string RelativePath, string Text);
