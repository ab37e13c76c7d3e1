namespace Mlops.GitOps;

/// <summary>The files of the GitOps repository at the head a change is planned against, read-only.</summary>
public sealed class GitOpsTree(string root, string commit, IReadOnlySet<string> tags, Func<string, DateTimeOffset?>? commitTime = null)
{
    /// <summary>When a commit of the repository was made (its committer time), or null when the repository has no such commit.</summary>
    public DateTimeOffset? CommitTime(string sha) => commitTime?.Invoke(sha);

    /// <summary>The commit the files are from.</summary>
    public string Commit { get; } = commit;

    /// <summary>The text of <paramref name="relativePath"/>, or null when the repository has no such file.</summary>
    public string? Read(string relativePath)
    {
        var path = Path.Combine(root, relativePath);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    /// <summary>Whether the remote already has a tag of that name.</summary>
    public bool HasTag(string name) => tags.Contains(name);
}
