using System.Text.RegularExpressions;

namespace Mlops.GitHub;

/// <summary>
/// A repository on GitHub (<paramref name="Owner"/>/<paramref name="Name"/>) and the API it is reached through:
/// <paramref name="EnterpriseServer"/> is the GitHub Enterprise Server host, null for github.com.
/// </summary>
public sealed partial record GitHubRepository(string Owner, string Name, Uri? EnterpriseServer = null)
{
    /// <summary>
    /// The repository a git remote URL names: <c>https://github.com/owner/name(.git)</c>, <c>git@github.com:owner/name.git</c>,
    /// or the same on an Enterprise host. Anything else (a folder, another forge) is an <see cref="ArgumentException"/>
    /// naming the URL: there is no GitHub repository to open a pull request on.
    /// </summary>
    public static GitHubRepository FromRemoteUrl(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var match = Https().Match(url) is { Success: true } https ? https : Ssh().Match(url);
        if (!match.Success)
        {
            throw new ArgumentException($"{url} is not a GitHub repository's URL (https://<host>/<owner>/<repository>).", nameof(url));
        }

        var host = match.Groups["host"].Value;
        var server = host.Equals("github.com", StringComparison.OrdinalIgnoreCase) ? null : new Uri($"https://{host}/");
        return new GitHubRepository(match.Groups["owner"].Value, match.Groups["name"].Value, server);
    }

    public override string ToString() => $"{Owner}/{Name}";

    [GeneratedRegex(@"^https://(?:[^@/]+@)?(?<host>[^/:]+(?::\d+)?)/(?<owner>[A-Za-z0-9_.-]+)/(?<name>[A-Za-z0-9_.-]+?)(?:\.git)?/?$")]
    private static partial Regex Https();

    [GeneratedRegex(@"^(?:ssh://)?git@(?<host>[^/:]+)[:/](?<owner>[A-Za-z0-9_.-]+)/(?<name>[A-Za-z0-9_.-]+?)(?:\.git)?$")]
    private static partial Regex Ssh();
}
