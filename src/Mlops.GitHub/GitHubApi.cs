using Octokit;
using Octokit.Internal;

namespace Mlops.GitHub;

/// <summary>The Octokit client the real implementations talk through.</summary>
public static class GitHubApi
{
    /// <summary>
    /// A client that sends <paramref name="token"/> (a GITHUB_TOKEN, an app or a personal token) as a bearer token,
    /// with the product name "mlops" in its User-Agent, to api.github.com or to <paramref name="apiBase"/>: a GitHub
    /// Enterprise Server host, where Octokit adds the <c>/api/v3/</c> path itself.
    /// </summary>
    public static IGitHubClient Client(string token, Uri? apiBase = null)
    {
        // The token is never part of a message, not even a validation one.
        if (string.IsNullOrWhiteSpace(token))
        {
            throw new ArgumentException("The GitHub token is empty.", nameof(token));
        }

        // A token read from a file or a variable often ends with a newline, which no HTTP header may hold.
        var product = new ProductHeaderValue("mlops");
        var credentials = new InMemoryCredentialStore(new Credentials(token.Trim(), AuthenticationType.Bearer));
        return apiBase is null ? new GitHubClient(product, credentials) : new GitHubClient(product, credentials, apiBase);
    }
}
