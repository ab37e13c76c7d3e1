using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mlops.GitHub.Tests;

/// <summary>The recorded GitHub responses under Fixtures/ (see its README for where each came from).</summary>
internal static class Fixture
{
    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    /// <summary>The recorded Link header of one page of the comment listing.</summary>
    public static string IssueCommentsLink(int page) =>
        JsonDocument.Parse(Text("list-issue-comments.links.json")).RootElement.GetProperty($"page-{page}").GetString()!;

    /// <summary>A listing page with one comment's body replaced, as an earlier run would have left it.</summary>
    public static string WithCommentBody(string page, long id, string body)
    {
        var comments = JsonNode.Parse(page)!.AsArray();
        var comment = comments.Single(c => (long)c!["id"]! == id)!;
        comment["body"] = body;
        return comments.ToJsonString();
    }
}
