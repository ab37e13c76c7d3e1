using System.Text.Json;
using Mlops.GitHub.Tests.Replay;

namespace Mlops.GitHub.Tests;

public sealed class UpsertingComments : IDisposable
{
    private const string Token = "ghp_replayOnlyNotARealToken0000000000000";

    private readonly ReplayServer _github = new();
    private readonly GitHubPullRequestComments _comments;

    public UpsertingComments() => _comments = new GitHubPullRequestComments(GitHubApi.Client(Token, _github.BaseAddress));

    public void Dispose() => _github.Dispose();

    [Fact]
    public async Task Without_a_marked_comment_every_page_is_read_then_one_comment_is_posted_with_the_marker_and_body()
    {
        RecordedComments.Serve(_github);
        _github.Reply("POST", RecordedComments.ListPath, new Reply(201, Fixture.Text("create-issue-comment.json")));

        var result = await _comments.UpsertAsync(RecordedComments.PullRequest, "evaluation", "## Evaluation\nAUC 0.91\n");

        Assert.Equal(
            [
                $"GET {RecordedComments.ListPath}?sort=created&direction=asc&per_page=100",
                // Octokit follows each Link header, carrying its own query parameters along.
                $"GET {RecordedComments.LaterPagesPath}?sort=created&direction=asc&per_page=100&page=2",
                $"GET {RecordedComments.LaterPagesPath}?sort=created&direction=asc&per_page=100&page=3",
                $"POST {RecordedComments.ListPath}",
            ],
            _github.Requests.Select(r => r.ToString()));
        Assert.Equal("<!-- mlops:evaluation -->\n## Evaluation\nAUC 0.91\n", SentBody(_github.Requests[^1]));
        // What GitHub answered (the documented example comment) is what the result reports.
        Assert.Equal(new CommentResult(1, Created: true, "https://github.com/octocat/Hello-World/issues/1347#issuecomment-1"), result);
    }

    [Fact]
    public async Task A_marked_comment_on_the_second_page_is_updated_in_place_and_nothing_is_created()
    {
        RecordedComments.Serve(_github, (page, json) => page == 2
            ? Fixture.WithCommentBody(json, RecordedComments.SecondCommentOnPageTwo, "<!-- mlops:evaluation -->\nAUC 0.88\n")
            : json);
        var commentPath = $"/api/v3/repos/PyGithub/PyGithub/issues/comments/{RecordedComments.SecondCommentOnPageTwo}";
        _github.Reply("PATCH", commentPath, new Reply(200, Fixture.Text("update-issue-comment.json")));

        var result = await _comments.UpsertAsync(RecordedComments.PullRequest, "evaluation", "AUC 0.91\n");

        var patch = Assert.Single(_github.Requests, r => r.Method != "GET");
        Assert.Equal($"PATCH {commentPath}", patch.ToString());
        Assert.Equal("<!-- mlops:evaluation -->\nAUC 0.91\n", SentBody(patch));
        Assert.Equal(3, _github.Requests.Count(r => r.Method == "GET"));
        Assert.False(result.Created);
        Assert.Equal(1, result.Id);
    }

    [Fact]
    public async Task A_marked_comment_that_already_reads_the_same_is_left_alone()
    {
        RecordedComments.Serve(_github, (page, json) => page == 3
            ? Fixture.WithCommentBody(json, 2016818677, "<!-- mlops:evaluation -->\nAUC 0.91\n")
            : json);

        var result = await _comments.UpsertAsync(RecordedComments.PullRequest, "evaluation", "AUC 0.91\n");

        Assert.All(_github.Requests, r => Assert.Equal("GET", r.Method));
        Assert.Equal(new CommentResult(2016818677, Created: false, "https://github.com/PyGithub/PyGithub/issues/1136#issuecomment-2016818677"), result);
    }

    [Theory]
    [InlineData("<!-- mlops:evaluation/staging -->\nAUC 0.80\n")] // a marker that merely starts the same
    [InlineData("The bot finds its comment by `<!-- mlops:evaluation -->` on the first line.\n")] // someone quoting the marker
    public async Task Only_a_comment_opening_with_the_exact_marker_is_ours_so_others_are_left_alone(string othersBody)
    {
        RecordedComments.Serve(_github, (page, json) => page == 1 ? Fixture.WithCommentBody(json, 520169504, othersBody) : json);
        _github.Reply("POST", RecordedComments.ListPath, new Reply(201, Fixture.Text("create-issue-comment.json")));

        var result = await _comments.UpsertAsync(RecordedComments.PullRequest, "evaluation", "AUC 0.91\n");

        Assert.True(result.Created);
        Assert.DoesNotContain(_github.Requests, r => r.Method == "PATCH");
    }

    [Fact]
    public async Task A_pull_request_without_any_comments_gets_a_new_one()
    {
        _github.Reply("GET", RecordedComments.ListPath, new Reply(200, "[]"));
        _github.Reply("POST", RecordedComments.ListPath, new Reply(201, Fixture.Text("create-issue-comment.json")));

        var result = await _comments.UpsertAsync(RecordedComments.PullRequest, "data-validation", "All checks passed.");

        Assert.True(result.Created);
        Assert.Equal(["GET", "POST"], _github.Requests.Select(r => r.Method));
        Assert.Equal("<!-- mlops:data-validation -->\nAll checks passed.", SentBody(_github.Requests[1]));
    }

    [Fact]
    public async Task Every_request_carries_the_token_as_a_bearer_and_names_mlops_as_the_product()
    {
        RecordedComments.Serve(_github);
        _github.Reply("POST", RecordedComments.ListPath, new Reply(201, Fixture.Text("create-issue-comment.json")));

        await _comments.UpsertAsync(RecordedComments.PullRequest, "evaluation", "AUC 0.91\n");

        Assert.Equal(4, _github.Requests.Count);
        Assert.All(_github.Requests, r =>
        {
            Assert.Equal($"Bearer {Token}", r.Authorization);
            Assert.StartsWith("mlops", r.UserAgent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_token_read_with_a_trailing_newline_is_sent_as_its_line()
    {
        RecordedComments.Serve(_github);
        _github.Reply("POST", RecordedComments.ListPath, new Reply(201, Fixture.Text("create-issue-comment.json")));
        var comments = new GitHubPullRequestComments(GitHubApi.Client(Token + "\n", _github.BaseAddress));

        await comments.UpsertAsync(RecordedComments.PullRequest, "evaluation", "AUC 0.91\n");

        Assert.All(_github.Requests, r => Assert.Equal($"Bearer {Token}", r.Authorization));
    }

    private static string? SentBody(RecordedRequest request)
    {
        using var json = JsonDocument.Parse(request.Body);
        return json.RootElement.GetProperty("body").GetString();
    }
}
