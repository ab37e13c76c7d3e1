namespace Mlops.GitHub;

/// <summary>
/// The comment an upsert left: its <paramref name="Id"/>, whether it was <paramref name="Created"/> (false: updated or
/// already up to date), and its web address (<paramref name="Url"/>). A dry run creates nothing: Id 0, Url empty.
/// </summary>
public sealed record CommentResult(long Id, bool Created, string Url);
