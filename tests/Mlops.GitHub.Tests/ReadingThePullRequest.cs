using Mlops.Testing;

namespace Mlops.GitHub.Tests;

public sealed class ReadingThePullRequest : IDisposable
{
    // The parts of a real pull_request event payload this reads, in GitHub's shape (webhook "pull_request" event).
    private const string OpenedPayload = """
        {
          "action": "opened",
          "number": 42,
          "pull_request": {
            "url": "https://api.github.com/repos/octo-org/churn-model/pulls/42",
            "number": 42,
            "state": "open",
            "title": "Retrain on March data"
          },
          "repository": { "full_name": "octo-org/churn-model" }
        }
        """;

    private readonly TemporaryFolder _runner = new();

    public void Dispose() => _runner.Dispose();

    [Theory]
    [InlineData("pull_request")]
    [InlineData("pull_request_target")]
    public void A_pull_request_run_gives_the_repository_and_the_number_from_the_event_payload(string eventName)
    {
        File.WriteAllText(_runner["event.json"], OpenedPayload);

        var pullRequest = PullRequestContext.FromEnvironment(Environment(eventName));

        Assert.Equal(new PullRequestContext("octo-org", "churn-model", 42), pullRequest);
        Assert.Equal("octo-org/churn-model#42", pullRequest!.ToString());
    }

    [Theory]
    [InlineData("push")]
    [InlineData("schedule")]
    [InlineData("workflow_dispatch")]
    public void A_run_for_another_event_is_not_for_a_pull_request(string eventName)
    {
        File.WriteAllText(_runner["event.json"], """{ "ref": "refs/heads/main" }""");

        Assert.Null(PullRequestContext.FromEnvironment(Environment(eventName)));
    }

    [Fact]
    public void A_local_run_without_github_variables_is_not_for_a_pull_request()
    {
        Assert.Null(PullRequestContext.FromEnvironment(new Dictionary<string, string> { ["HOME"] = _runner.Path }));
    }

    [Fact]
    public void A_pull_request_run_whose_event_file_is_missing_names_the_variable_and_the_file()
    {
        var error = Assert.Throws<InvalidDataException>(() => PullRequestContext.FromEnvironment(Environment("pull_request")));

        Assert.Equal($"GITHUB_EVENT_PATH names {_runner["event.json"]}, which does not exist.", error.Message);
    }

    [Theory]
    [InlineData("GITHUB_REPOSITORY")]
    [InlineData("GITHUB_EVENT_PATH")]
    public void A_pull_request_run_without_a_variable_it_needs_names_that_variable(string name)
    {
        File.WriteAllText(_runner["event.json"], OpenedPayload);
        var environment = Environment("pull_request_target");
        environment.Remove(name);

        var error = Assert.Throws<InvalidDataException>(() => PullRequestContext.FromEnvironment(environment));

        Assert.Equal($"This is a pull_request_target run but {name} is not set, so its pull request is unknown.", error.Message);
    }

    [Theory]
    [InlineData("""{ "number": 42 }""", "has no pull_request.number")]
    [InlineData("""{ "pull_request": { "number": "42" } }""", "has no pull_request.number")]
    [InlineData("not json", "is not JSON")]
    public void A_pull_request_run_whose_payload_lacks_the_number_says_so(string payload, string problem)
    {
        File.WriteAllText(_runner["event.json"], payload);

        var error = Assert.Throws<InvalidDataException>(() => PullRequestContext.FromEnvironment(Environment("pull_request")));

        Assert.StartsWith($"The event payload {_runner["event.json"]} (GITHUB_EVENT_PATH) {problem}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("churn-model")]
    [InlineData("octo-org/churn-model/extra")]
    [InlineData("octo-org/")]
    public void A_repository_that_is_not_owner_slash_name_is_refused_by_value(string repository)
    {
        File.WriteAllText(_runner["event.json"], OpenedPayload);
        var environment = Environment("pull_request");
        environment["GITHUB_REPOSITORY"] = repository;

        var error = Assert.Throws<InvalidDataException>(() => PullRequestContext.FromEnvironment(environment));

        Assert.Equal($"GITHUB_REPOSITORY is '{repository}', not 'owner/repository'.", error.Message);
    }

    [Fact]
    public void A_pull_request_needs_an_owner_a_repository_and_a_positive_number()
    {
        Assert.Equal("Owner", Assert.Throws<ArgumentException>(() => new PullRequestContext(" ", "repo", 1)).ParamName);
        Assert.Equal("Repository", Assert.Throws<ArgumentException>(() => new PullRequestContext("owner", "", 1)).ParamName);
        Assert.Equal("Number", Assert.Throws<ArgumentOutOfRangeException>(() => new PullRequestContext("owner", "repo", 0)).ParamName);
    }

    private Dictionary<string, string> Environment(string eventName) => new()
    {
        ["GITHUB_EVENT_NAME"] = eventName,
        ["GITHUB_REPOSITORY"] = "octo-org/churn-model",
        ["GITHUB_EVENT_PATH"] = _runner["event.json"],
    };
}
