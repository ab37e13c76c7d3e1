namespace Mlops.GitHub;

/// <summary>The pull request an open-or-update left: its number, whether it was <paramref name="Created"/>, and its web address.</summary>
public sealed record PullRequestResult(int Number, bool Created, string Url);
