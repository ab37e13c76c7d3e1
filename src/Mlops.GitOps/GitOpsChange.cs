namespace Mlops.GitOps;

/// <summary>
/// One commit's worth of GitOps change, as planned against the remote's head: the files it edits, its message, and the
/// annotated tag it carries, if any. Planned again from the new head whenever another push got there first.
/// </summary>
public sealed record GitOpsChange(IReadOnlyList<FileEdit> Edits, string Message, ReleaseTag? Tag = null);

/// <summary>A file of the GitOps repository (path relative to its root, with '/') before and after; Before null: a new file.</summary>
public sealed record FileEdit(string Path, string? Before, string After);

/// <summary>An annotated tag on the commit: its name (release-&lt;model&gt;-&lt;version&gt;) and message.</summary>
public sealed record ReleaseTag(string Name, string Message);
