namespace Mlops.GitHub.Tests;

public sealed class RecognisingGitHubRemotes
{
    [Theory]
    [InlineData("https://github.com/example-org/mlops.git", "example-org", "mlops", null)]
    [InlineData("https://github.com/example-org/mlops", "example-org", "mlops", null)]
    [InlineData("https://x-access-token@github.com/example-org/mlops.git", "example-org", "mlops", null)]
    [InlineData("git@github.com:example-org/mlops.git", "example-org", "mlops", null)]
    [InlineData("ssh://git@github.com/example-org/mlops.git", "example-org", "mlops", null)]
    [InlineData("https://ghe.example.com/ml/gitops.config.git", "ml", "gitops.config", "https://ghe.example.com/")]
    public void A_remote_url_names_the_repository_and_its_server(string url, string owner, string name, string? server)
    {
        var repository = GitHubRepository.FromRemoteUrl(url);

        Assert.Equal(new GitHubRepository(owner, name, server is null ? null : new Uri(server)), repository);
    }

    [Theory]
    [InlineData("/srv/git/gitops.git")]
    [InlineData("file:///srv/git/gitops.git")]
    [InlineData("https://github.com/example-org")]
    [InlineData("https://github.com/example-org/mlops/tree/main")]
    public void Anything_else_is_refused_naming_the_url(string url)
    {
        var error = Assert.Throws<ArgumentException>(() => GitHubRepository.FromRemoteUrl(url));

        Assert.StartsWith($"{url} is not a GitHub repository's URL", error.Message, StringComparison.Ordinal);
    }
}
