using Mlops.Effects;

namespace Mlops.GitOps;

/// <summary>
/// A planned GitOps change as the side effects it would have — each file's diff, the commit and its message, the tag,
/// the push — for a dry run's report, or for a run without a GitOps remote, which shows them and does nothing.
/// </summary>
public static class GitOpsEffects
{
    public static IReadOnlyList<SideEffect> Of(GitOpsChange change, string remote, string branch)
    {
        ArgumentNullException.ThrowIfNull(change);
        var effects = change.Edits
            .Select(e => new SideEffect("edit", $"{e.Path} in {remote}", UnifiedDiff.Create(e.Path, e.Before, e.After)))
            .Append(new SideEffect("commit", $"on {branch}: {change.Message.TrimEnd().Replace("\n", "\n    ", StringComparison.Ordinal)}"));
        if (change.Tag is { } tag)
        {
            effects = effects.Append(new SideEffect("tag", $"{tag.Name}: {tag.Message}"));
        }

        return [.. effects.Append(new SideEffect("push", $"{branch}{(change.Tag is null ? "" : $" and {change.Tag.Name}")} to {remote}"))];
    }
}
