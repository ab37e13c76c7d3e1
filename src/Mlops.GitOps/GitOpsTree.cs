namespace Mlops.GitOps;

/// <summary>The files of the GitOps repository at the head a change is planned against, read-only.</summary>
public sealed class GitOpsTree(string root, string commit, IReadOnlySet<string> tags, Func<string, DateTimeOffset?>? commitTime = null,
    Func<string, string, bool>? isOrFollowsLastChange = null)
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

    /// <summary>
    /// Whether commit <paramref name="sha"/> is the one that last changed <paramref name="path"/> up to this head, or a
    /// later one (a descendant of it) with the file as this head has it: a commit Argo CD may say it synced when it runs
    /// what this head says. A commit the repository does not know is neither.
    /// </summary>
    public bool IsOrFollowsLastChange(string path, string sha) => isOrFollowsLastChange?.Invoke(path, sha) ?? false;

    /// <summary>Whether the remote already has a tag of that name.</summary>
    public bool HasTag(string name) => tags.Contains(name);
}
