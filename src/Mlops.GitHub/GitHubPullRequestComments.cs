using System.Globalization;
using Mlops.GitHub.Internal;
using Octokit;

namespace Mlops.GitHub;

/// <summary>
/// Keeps a pull request's marked comment up to date through GitHub's issue comments API: lists every comment (all
/// pages), takes the first that opens with the marker line, and updates it, or creates one when none does. A comment that
/// already reads the same is left alone. A refusal becomes a one-line <see cref="GitHubApiException"/>.
/// </summary>
public sealed class GitHubPullRequestComments(IGitHubClient client) : IPullRequestComments
{
    // GitHub's largest page, so a busy pull request is listed in as few requests as possible.
    private static readonly ApiOptions AllPagesOfHundred = new() { PageSize = 100 };

    private readonly IGitHubClient _client = client ?? throw new ArgumentNullException(nameof(client));
    private readonly GitHubCall _call = new(client);

    public async Task<CommentResult> UpsertAsync(PullRequestContext pullRequest, string marker, string body, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(pullRequest);
        var text = CommentMarker.Body(marker, body);
        var (owner, repository, number) = pullRequest;
        var comments = _client.Issue.Comment;

        var all = await SendAsync(pullRequest, "listing the comments on",
            () => comments.GetAllForIssue(owner, repository, number, AllPagesOfHundred), cancellation);
        // Ours only when the marker is the first line: someone quoting the marker in their own comment must not have
        // that comment overwritten.
        var existing = all.FirstOrDefault(c => CommentMarker.Opens(c.Body, marker));
        if (existing is null)
        {
            var created = await SendAsync(pullRequest, "creating a comment on",
                () => comments.Create(owner, repository, number, text), cancellation);
            return new CommentResult(created.Id, Created: true, created.HtmlUrl);
        }

        if (existing.Body == text)
        {
            return new CommentResult(existing.Id, Created: false, existing.HtmlUrl);
        }

        var updated = await SendAsync(pullRequest, $"updating comment {existing.Id.ToString(CultureInfo.InvariantCulture)} on",
            () => comments.Update(owner, repository, existing.Id, text), cancellation);
        return new CommentResult(updated.Id, Created: false, updated.HtmlUrl);
    }

    private Task<T> SendAsync<T>(PullRequestContext pullRequest, string doing, Func<Task<T>> request, CancellationToken cancellation) =>
        _call.SendAsync($"{doing} {pullRequest}", request, cancellation);
}
