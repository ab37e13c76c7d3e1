namespace Mlops.Targets.GitHubActions.Tests;

/// <summary>A test build with the GitHub Actions integration plugged in, as the product's build has it.</summary>
public abstract class GitHubBuild : MlopsBuild
{
    public GitHubActionsIntegration GitHubActions { get; } = new();

    protected override IEnumerable<IBuildExtension> Extensions => [GitHubActions];
}
