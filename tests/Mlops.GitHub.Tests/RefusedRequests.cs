using System.Net;
using System.Net.Sockets;
using Mlops.GitHub.Tests.Replay;

namespace Mlops.GitHub.Tests;

public sealed class RefusedRequests : IDisposable
{
    private const string Token = "ghp_replayOnlyNotARealToken0000000000000";

    private readonly ReplayServer _github = new();
    private readonly GitHubPullRequestComments _comments;

    public RefusedRequests() => _comments = new GitHubPullRequestComments(GitHubApi.Client(Token, _github.BaseAddress));

    public void Dispose() => _github.Dispose();

    [Theory]
    [InlineData(401, "error-401.json", "Bad credentials")]
    [InlineData(403, "error-403.json", "Must have admin rights to Repository.")]
    [InlineData(404, "error-404.json", "repos/PyGithub/PyGithub/issues/1136/comments was not found.")] // Octokit's words for a 404
    public async Task A_refused_listing_is_one_line_naming_the_pull_request_the_status_and_githubs_message(int status, string fixture, string said)
    {
        _github.Reply("GET", RecordedComments.ListPath, new Reply(status, Fixture.Text(fixture)));

        var error = await Assert.ThrowsAsync<GitHubApiException>(
            () => _comments.UpsertAsync(RecordedComments.PullRequest, "evaluation", "AUC 0.91\n"));

        Assert.StartsWith($"GitHub answered HTTP {status} to listing the comments on PyGithub/PyGithub#1136: {said} (", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal(status, error.StatusCode);
        Assert.DoesNotContain(Token, error.ToString(), StringComparison.Ordinal);
        Assert.Equal(["GET"], _github.Requests.Select(r => r.Method));
    }

    [Fact]
    public async Task A_refused_post_names_the_step_that_failed()
    {
        RecordedComments.Serve(_github);
        _github.Reply("POST", RecordedComments.ListPath, new Reply(403, Fixture.Text("error-403.json")));

        var error = await Assert.ThrowsAsync<GitHubApiException>(
            () => _comments.UpsertAsync(RecordedComments.PullRequest, "evaluation", "AUC 0.91\n"));

        Assert.Equal(
            "GitHub answered HTTP 403 to creating a comment on PyGithub/PyGithub#1136: Must have admin rights to Repository. " +
            "(the token may lack write access to pull requests and issues, or a rate limit was hit)",
            error.Message);
    }

    [Fact]
    public async Task A_message_that_echoes_the_token_is_masked_and_the_cause_carrying_it_is_dropped()
    {
        _github.Reply("GET", RecordedComments.ListPath, new Reply(422, $$"""{"message":"Validation Failed for {{Token}}"}"""));

        var error = await Assert.ThrowsAsync<GitHubApiException>(
            () => _comments.UpsertAsync(RecordedComments.PullRequest, "evaluation", "AUC 0.91\n"));

        Assert.Equal("GitHub answered HTTP 422 to listing the comments on PyGithub/PyGithub#1136: Validation Failed for ***", error.Message);
        Assert.Null(error.InnerException);
        Assert.DoesNotContain(Token, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refusal_keeps_octokits_exception_as_its_cause()
    {
        _github.Reply("GET", RecordedComments.ListPath, new Reply(401, Fixture.Text("error-401.json")));

        var error = await Assert.ThrowsAsync<GitHubApiException>(
            () => _comments.UpsertAsync(RecordedComments.PullRequest, "evaluation", "AUC 0.91\n"));

        Assert.IsType<Octokit.AuthorizationException>(error.InnerException);
    }

    [Fact]
    public async Task A_server_that_does_not_answer_is_one_line_naming_the_pull_request_without_a_status()
    {
        var gone = new ReplayServer();
        gone.Dispose();
        var comments = new GitHubPullRequestComments(GitHubApi.Client(Token, gone.BaseAddress));

        var error = await Assert.ThrowsAsync<GitHubApiException>(
            () => comments.UpsertAsync(RecordedComments.PullRequest, "evaluation", "AUC 0.91\n"));

        Assert.StartsWith("GitHub could not be reached for listing the comments on PyGithub/PyGithub#1136: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Null(error.StatusCode);
        Assert.DoesNotContain(Token, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_accepts_but_never_answers_is_one_line_once_the_request_times_out()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var client = GitHubApi.Client(Token, new Uri($"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}/"));
        client.SetRequestTimeout(TimeSpan.FromSeconds(1));

        var error = await Assert.ThrowsAsync<GitHubApiException>(
            () => new GitHubPullRequestComments(client).UpsertAsync(RecordedComments.PullRequest, "evaluation", "AUC 0.91\n"));

        Assert.Equal("GitHub did not answer in time for listing the comments on PyGithub/PyGithub#1136", error.Message);
        Assert.Null(error.StatusCode);
    }

    [Fact]
    public async Task A_cancelled_upsert_sends_nothing()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _comments.UpsertAsync(RecordedComments.PullRequest, "evaluation", "AUC 0.91\n", cancelled.Token));

        Assert.Empty(_github.Requests);
    }

    [Fact]
    public void An_empty_token_is_refused_before_any_client_exists()
    {
        var error = Assert.Throws<ArgumentException>(() => GitHubApi.Client(" "));

        Assert.Equal("token", error.ParamName);
    }
}
