namespace Mlops.GitOps;

/// <summary>
/// A change pushed to a branch of its own (<paramref name="Branch"/>) for review instead of to the branch Argo CD follows
/// (<paramref name="Base"/>): one commit on the base's head. Its tag is not made: the commit that lands is only known
/// once the pull request is merged, so the body says how to tag it then.
/// </summary>
public sealed record GitOpsProposal(string Branch, string Base, string Commit, GitOpsChange Change)
{
    /// <summary>The commit message's subject.</summary>
    public string Title => Change.Message.Split('\n', 2)[0].Trim();

    /// <summary>The rest of the commit message, with the trailers and the files it changes, and the tag to make after merging.</summary>
    public string Body
    {
        get
        {
            var parts = Change.Message.Split('\n', 2);
            var rest = parts.Length > 1 ? parts[1].Trim() : "";
            var files = string.Join("\n", Change.Edits.Select(e => $"- `{e.Path}`"));
            var body = $"{(rest.Length > 0 ? rest + "\n\n" : "")}Changes:\n{files}\n\n" +
                $"Opened by mlops from branch `{Branch}`; the next run updates this pull request rather than opening another.";
            return Change.Tag is { } tag
                ? $"{body}\n\nAfter merging, tag the merge commit:\n\n```sh\ngit tag -a {tag.Name} -m \"{tag.Message.Replace("\"", "\\\"", StringComparison.Ordinal)}\" <merge commit> && git push origin {tag.Name}\n```\n"
                : body + "\n";
        }
    }
}
