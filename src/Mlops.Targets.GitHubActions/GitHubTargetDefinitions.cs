using Mlops.Targets.GitHubActions.Internal;

namespace Mlops.Targets.GitHubActions;

/// <summary>
/// What a target declares about its GitHub Actions job, beside its other declarations:
/// <c>.DependsOn(Evaluate).Permissions("packages: write").OnlyWhenStatic(GitHubCondition.PushTo("main"))</c>.
/// </summary>
public static class GitHubTargetDefinitions
{
    /// <summary>
    /// A condition on the GitHub event (e.g. <c>GitHubCondition.PushTo("main")</c>): the job's <c>if:</c> in generated
    /// workflows, and a static condition when the build runs on GitHub Actions. Locally it holds.
    /// </summary>
    public static ITargetDefinition OnlyWhenStatic(this ITargetDefinition definition, GitHubCondition condition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(condition);
        definition.Extension<GitHubJobSettings>().Conditions.Add(condition);
        return definition.OnlyWhenStatic(host => condition.Holds(host), condition.Expression);
    }

    /// <summary>No job of its own: the target runs inside the job of each target that needs it (Restore, Compile).</summary>
    public static ITargetDefinition RunsInDependentJobs(this ITargetDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        definition.Extension<GitHubJobSettings>().RunsInDependentJobs = true;
        return definition;
    }

    /// <summary>GITHUB_TOKEN scopes this target's job needs beyond <c>contents: read</c>, e.g. "packages: write".</summary>
    public static ITargetDefinition Permissions(this ITargetDefinition definition, params string[] permissions)
    {
        ArgumentNullException.ThrowIfNull(definition);
        definition.Extension<GitHubJobSettings>().Permissions.AddRange(permissions);
        return definition;
    }

    /// <summary>The job deploys to this GitHub environment, so its protection rules (required approval) apply.</summary>
    public static ITargetDefinition DeploysTo(this ITargetDefinition definition, string environment, string? url = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        definition.Extension<GitHubJobSettings>().Environment = (environment, url);
        return definition;
    }
}
