namespace Mlops.GitHub;

/// <summary>
/// The pull request a run wants open: from branch <paramref name="Head"/> into <paramref name="Base"/>, both in the same
/// repository, with its title and Markdown body.
/// </summary>
public sealed record PullRequestDraft(string Head, string Base, string Title, string Body);
