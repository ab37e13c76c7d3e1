using System.Text.Json;
using Mlops.GitHub.Tests.Replay;

namespace Mlops.GitHub.Tests;

public sealed class OpeningPullRequests : IDisposable
{
    private const string Token = "ghp_replayOnlyNotARealToken0000000000000";

    private readonly ReplayServer _github = new();
    private readonly GitHubRepository _repository;
    private readonly GitHubPullRequests _pulls;

    public OpeningPullRequests()
    {
        _repository = new GitHubRepository("PyGithub", "PyGithub", _github.BaseAddress);
        _pulls = new GitHubPullRequests(GitHubApi.Client(Token, _repository.EnterpriseServer));
    }

    public void Dispose() => _github.Dispose();

    [Fact]
    public async Task Without_an_open_pull_request_from_the_branch_one_is_opened_into_the_base_with_the_title_and_body()
    {
        _github.Reply("GET", RecordedPullRequests.ListPath, new Reply(200, "[]"));
        _github.Reply("POST", RecordedPullRequests.ListPath, new Reply(201, Fixture.Text("create-pull-request.json")));

        var result = await _pulls.OpenOrUpdateAsync(_repository, RecordedPullRequests.Draft);

        var list = _github.Requests[0];
        Assert.Equal("GET", list.Method);
        // GitHub filters by owner:branch and base; the branch's '/' travels encoded.
        Assert.Contains("head=PyGithub%3Amlops%2Fadult-income%2Fstaging", list.Target, StringComparison.Ordinal);
        Assert.Contains("base=main", list.Target, StringComparison.Ordinal);
        Assert.Contains("state=open", list.Target, StringComparison.Ordinal);
        var post = _github.Requests[1];
        Assert.Equal($"POST {RecordedPullRequests.ListPath}", post.ToString());
        using var sent = JsonDocument.Parse(post.Body);
        Assert.Equal(RecordedPullRequests.Branch, sent.RootElement.GetProperty("head").GetString());
        Assert.Equal("main", sent.RootElement.GetProperty("base").GetString());
        Assert.Equal(RecordedPullRequests.Draft.Title, sent.RootElement.GetProperty("title").GetString());
        Assert.Equal(RecordedPullRequests.Draft.Body, sent.RootElement.GetProperty("body").GetString());
        Assert.Equal(new PullRequestResult(32, Created: true, "https://github.com/PyGithub/PyGithub/pull/32"), result);
        Assert.All(_github.Requests, r => Assert.Equal($"Bearer {Token}", r.Authorization));
    }

    [Fact]
    public async Task An_open_pull_request_from_the_branch_is_updated_in_place_and_none_is_opened()
    {
        _github.Reply("GET", RecordedPullRequests.ListPath, new Reply(200, RecordedPullRequests.OpenFrom("PyGithub/PyGithub")));
        _github.Reply("PATCH", $"{RecordedPullRequests.ListPath}/32", new Reply(200, Fixture.Text("update-pull-request.json")));

        var result = await _pulls.OpenOrUpdateAsync(_repository, RecordedPullRequests.Draft);

        Assert.Equal(["GET", "PATCH"], _github.Requests.Select(r => r.Method));
        using var sent = JsonDocument.Parse(_github.Requests[1].Body);
        Assert.Equal(RecordedPullRequests.Draft.Title, sent.RootElement.GetProperty("title").GetString());
        Assert.Equal(RecordedPullRequests.Draft.Body, sent.RootElement.GetProperty("body").GetString());
        Assert.False(result.Created);
        Assert.Equal("https://github.com/FlorentClarret/PyGithub/pull/2", result.Url); // what GitHub answered
    }

    [Fact]
    public async Task An_open_pull_request_that_already_reads_the_same_is_left_alone()
    {
        var draft = RecordedPullRequests.Draft;
        _github.Reply("GET", RecordedPullRequests.ListPath, new Reply(200, RecordedPullRequests.OpenFrom("PyGithub/PyGithub", draft.Title, draft.Body)));

        var result = await _pulls.OpenOrUpdateAsync(_repository, draft);

        Assert.Equal(["GET"], _github.Requests.Select(r => r.Method));
        Assert.Equal(new PullRequestResult(32, Created: false, "https://github.com/PyGithub/PyGithub/pull/32"), result);
    }

    [Fact]
    public async Task A_forks_branch_of_the_same_name_is_not_ours_so_a_pull_request_is_opened()
    {
        _github.Reply("GET", RecordedPullRequests.ListPath, new Reply(200, RecordedPullRequests.OpenFrom("BeaverSoftware/PyGithub")));
        _github.Reply("POST", RecordedPullRequests.ListPath, new Reply(201, Fixture.Text("create-pull-request.json")));

        var result = await _pulls.OpenOrUpdateAsync(_repository, RecordedPullRequests.Draft);

        Assert.True(result.Created);
        Assert.DoesNotContain(_github.Requests, r => r.Method == "PATCH");
    }

    [Fact]
    public async Task When_another_run_opened_it_in_between_that_one_is_updated()
    {
        // GitHub's 422 for a second pull request from one branch, in the shape of its recorded 422 (Fixtures/README.md).
        const string AlreadyExists = """
            {"message":"Validation Failed","errors":[{"resource":"PullRequest","code":"custom","message":"A pull request already exists for PyGithub:mlops/adult-income/staging."}],"documentation_url":"https://docs.github.com/rest/pulls/pulls#create-a-pull-request"}
            """;
        _github.Reply("GET", RecordedPullRequests.ListPath,
            new Reply(200, "[]"), new Reply(200, RecordedPullRequests.OpenFrom("PyGithub/PyGithub")));
        _github.Reply("POST", RecordedPullRequests.ListPath, new Reply(422, AlreadyExists));
        _github.Reply("PATCH", $"{RecordedPullRequests.ListPath}/32", new Reply(200, Fixture.Text("update-pull-request.json")));

        var result = await _pulls.OpenOrUpdateAsync(_repository, RecordedPullRequests.Draft);

        Assert.Equal(["GET", "POST", "GET", "PATCH"], _github.Requests.Select(r => r.Method));
        Assert.False(result.Created);
    }

    [Fact]
    public async Task A_refused_pull_request_is_one_line_with_githubs_field_errors()
    {
        _github.Reply("GET", RecordedPullRequests.ListPath, new Reply(200, "[]"));
        _github.Reply("POST", RecordedPullRequests.ListPath, new Reply(422, Fixture.Text("error-422-create-pull-request.json")));

        var error = await Assert.ThrowsAsync<GitHubApiException>(() => _pulls.OpenOrUpdateAsync(_repository, RecordedPullRequests.Draft));

        Assert.Equal(
            "GitHub answered HTTP 422 to opening a pull request from mlops/adult-income/staging into main of PyGithub/PyGithub: " +
            "Validation Failed (PullRequest base: invalid; PullRequest head: invalid)",
            error.Message);
        Assert.Equal(422, error.StatusCode);
    }

    [Fact]
    public async Task A_token_without_access_is_one_line_naming_the_repository()
    {
        _github.Reply("GET", RecordedPullRequests.ListPath, new Reply(401, Fixture.Text("error-401.json")));

        var error = await Assert.ThrowsAsync<GitHubApiException>(() => _pulls.OpenOrUpdateAsync(_repository, RecordedPullRequests.Draft));

        Assert.Equal(
            "GitHub answered HTTP 401 to listing the open pull requests from mlops/adult-income/staging of PyGithub/PyGithub: " +
            "Bad credentials (the token is missing, expired or revoked)",
            error.Message);
        Assert.DoesNotContain(Token, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pull_request_from_the_base_into_itself_is_refused_before_any_request()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => _pulls.OpenOrUpdateAsync(_repository, RecordedPullRequests.Draft with { Head = "main" }));

        Assert.StartsWith("A pull request from main into itself is not possible.", error.Message, StringComparison.Ordinal);
        Assert.Empty(_github.Requests);
    }
}
