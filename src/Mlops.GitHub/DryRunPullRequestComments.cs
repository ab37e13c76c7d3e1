using Mlops.Effects;
using Mlops.GitHub.Internal;

namespace Mlops.GitHub;

/// <summary>
/// The dry run of <see cref="IPullRequestComments"/>: records the comment it would write, with its body as a diff,
/// and sends nothing. It reads nothing remote either (it has no client), so it cannot tell a create from an update.
/// </summary>
public sealed class DryRunPullRequestComments(EffectJournal journal) : IPullRequestComments
{
    private readonly EffectJournal _journal = journal ?? throw new ArgumentNullException(nameof(journal));

    public Task<CommentResult> UpsertAsync(PullRequestContext pullRequest, string marker, string body, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(pullRequest);
        var text = CommentMarker.Body(marker, body);
        cancellation.ThrowIfCancellationRequested();
        _journal.Record(new SideEffect(
            "pull request comment",
            $"create or update comment on {pullRequest} (marker {marker})",
            UnifiedDiff.Create($"{pullRequest} comment {marker}", null, text)));
        return Task.FromResult(new CommentResult(0, Created: false, Url: ""));
    }
}
