using Mlops.Effects;

namespace Mlops.GitOps;

/// <summary>
/// A planned GitOps change as the side effects it would have — each file's diff, the commit and its message, the tag,
/// the push, or the pull request that carries it — for a dry run's report, or for a run without a GitOps remote, which
/// shows them and does nothing.
/// </summary>
public static class GitOpsEffects
{
    /// <summary>
    /// The effects of <paramref name="change"/> pushed to <paramref name="branch"/>, or, with
    /// <paramref name="proposalBranch"/>, pushed there and proposed in a pull request into <paramref name="branch"/>.
    /// </summary>
    public static IReadOnlyList<SideEffect> Of(GitOpsChange change, string remote, string branch, string? proposalBranch = null)
    {
        ArgumentNullException.ThrowIfNull(change);
        var edits = change.Edits.Select(e => new SideEffect("edit", $"{e.Path} in {remote}", UnifiedDiff.Create(e.Path, e.Before, e.After)));
        var message = change.Message.TrimEnd().Replace("\n", "\n    ", StringComparison.Ordinal);
        if (proposalBranch is not null)
        {
            var proposal = new GitOpsProposal(proposalBranch, branch, "", change);
            return
            [
                .. edits,
                new SideEffect("commit", $"on {proposalBranch} (on {branch}'s head): {message}"),
                new SideEffect("push", $"{proposalBranch} to {remote}, replacing what it held"),
                new SideEffect("pull request", $"open, or update the open one, from {proposalBranch} into {branch}: {proposal.Title}",
                    UnifiedDiff.Create($"pull request {proposalBranch}", null, proposal.Body)),
            ];
        }

        var effects = edits.Append(new SideEffect("commit", $"on {branch}: {message}"));
        if (change.Tag is { } tag)
        {
            effects = effects.Append(new SideEffect("tag", $"{tag.Name}: {tag.Message}"));
        }

        return [.. effects.Append(new SideEffect("push", $"{branch}{(change.Tag is null ? "" : $" and {change.Tag.Name}")} to {remote}"))];
    }
}
