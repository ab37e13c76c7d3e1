namespace Mlops.GitOps;

/// <summary>Who the commits and tags are by, and how to log in to the remote (null: no log-in, as for a folder or SSH agent).</summary>
public sealed record GitIdentity(string Name, string Email, string? User = null, string? Token = null)
{
    /// <summary>The identity GitHub Actions commits as: the github-actions bot.</summary>
    public static GitIdentity GitHubActionsBot(string? token) =>
        new("github-actions[bot]", "41898282+github-actions[bot]@users.noreply.github.com", "x-access-token", token);

    /// <summary>user.name and user.email as git configures them for <paramref name="repository"/>, else "Mlops".</summary>
    public static GitIdentity FromGitConfig(string repository)
    {
        var found = LibGit2Sharp.Repository.Discover(repository);
        using var git = found is null ? null : new LibGit2Sharp.Repository(found);
        return new GitIdentity(git?.Config.Get<string>("user.name")?.Value ?? "Mlops", git?.Config.Get<string>("user.email")?.Value ?? "mlops@localhost");
    }

    public override string ToString() => $"{Name} <{Email}>"; // never the token
}
