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

    private async Task<T> SendAsync<T>(PullRequestContext pullRequest, string doing, Func<Task<T>> request, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        try
        {
            // Octokit takes no cancellation token: stop waiting, and let the one request in flight finish on its own.
            return await request().WaitAsync(cancellation);
        }
        catch (ApiException e)
        {
            var status = (int)e.StatusCode;
            var said = string.IsNullOrWhiteSpace(e.ApiError?.Message) ? "" : $": {e.ApiError.Message.ReplaceLineEndings(" ")}";
            throw new GitHubApiException(
                Redacted($"GitHub answered HTTP {status.ToString(CultureInfo.InvariantCulture)} to {doing} {pullRequest}{said}{Hint(status)}"),
                status, Cause(e));
        }
        catch (OperationCanceledException e) when (!cancellation.IsCancellationRequested)
        {
            // Octokit's request timeout (100 s unless set) surfaces as a bare cancellation naming nothing.
            throw new GitHubApiException(Redacted($"GitHub did not answer in time for {doing} {pullRequest}"), null, Cause(e));
        }
        catch (HttpRequestException e)
        {
            throw new GitHubApiException(
                Redacted($"GitHub could not be reached for {doing} {pullRequest}: {e.Message.ReplaceLineEndings(" ")}"), null, Cause(e));
        }
    }

    private static string Hint(int status) => status switch
    {
        401 => " (the token is missing, expired or revoked)",
        403 => " (the token may lack write access to pull requests and issues, or a rate limit was hit)",
        404 => " (no such repository or pull request, or the token cannot see it)",
        _ => "",
    };

    private string? Token => _client.Connection?.Credentials?.Password;

    // GitHub does not echo the token, but a message must not depend on that.
    private string Redacted(string message) =>
        Token is { Length: > 0 } token ? message.Replace(token, "***", StringComparison.Ordinal) : message;

    // The cause is kept for its details, unless its own text (logged with the error) would carry the token.
    private Exception? Cause(Exception e) =>
        Token is { Length: > 0 } token && e.ToString().Contains(token, StringComparison.Ordinal) ? null : e;
}
