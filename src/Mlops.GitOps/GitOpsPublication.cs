namespace Mlops.GitOps;

/// <summary>A change that reached the remote: the commit, the tag if any, and how many tries it took (more than one: another push got there first).</summary>
public sealed record GitOpsPublication(string Commit, string Branch, string? Tag, int Attempts);
