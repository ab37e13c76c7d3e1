using Mlops.GitHub.Tests.Replay;

namespace Mlops.GitHub.Tests;

/// <summary>
/// The recorded three-page comment listing of PyGithub/PyGithub#1136 (seven comments, none from mlops), served the way
/// GitHub served it: page 1 at the repository's path, later pages at the addresses its Link headers give.
/// </summary>
internal static class RecordedComments
{
    public static readonly PullRequestContext PullRequest = new("PyGithub", "PyGithub", 1136);

    public const string ListPath = "/api/v3/repos/PyGithub/PyGithub/issues/1136/comments";

    /// <summary>The second comment on page 2.</summary>
    public const long SecondCommentOnPageTwo = 2011931389;

    /// <summary>Where the recorded Link headers send the client for a later page.</summary>
    public const string LaterPagesPath = "/api/v3/repositories/3544490/issues/1136/comments";

    /// <summary>Serves the listing; <paramref name="arrange"/> may change a page's JSON (page number, JSON) first.</summary>
    public static void Serve(ReplayServer github, Func<int, string, string>? arrange = null)
    {
        for (var page = 1; page <= 3; page++)
        {
            var json = Fixture.Text($"list-issue-comments.page-{page}.json");
            var link = Fixture.IssueCommentsLink(page).Replace("https://api.github.com/", github.ApiBase.ToString(), StringComparison.Ordinal);
            var reply = new Reply(200, arrange?.Invoke(page, json) ?? json, new Dictionary<string, string> { ["Link"] = link });
            github.Reply("GET", page == 1 ? ListPath : $"{LaterPagesPath}?page={page}", reply);
        }
    }
}
