namespace Mlops.Targets.GitHubActions;

/// <summary>
/// The <c>GITHUB_TOKEN</c> scopes a job may ask for. Each job starts from <c>contents: read</c> and gets only what its
/// targets declare; a scope or level GitHub does not know is an error when the workflow is generated.
/// </summary>
internal static class GitHubPermissions
{
    private static readonly string[] Scopes =
    [
        "actions", "attestations", "checks", "contents", "deployments", "discussions", "id-token", "issues", "models",
        "packages", "pages", "pull-requests", "repository-projects", "security-events", "statuses",
    ];

    private static readonly string[] Levels = ["none", "read", "write"];

    /// <summary>Parses "packages: write" (or "packages:write"), or says which part is not a GitHub permission.</summary>
    public static (string Scope, string Level) Parse(string declaration, string declaredBy)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var parts = declaration.Split(':', 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !Scopes.Contains(parts[0]) || !Levels.Contains(parts[1]) || (parts[0] == "id-token" && parts[1] == "read"))
        {
            throw new BuildInputException(
                $"{declaredBy}: '{declaration}' is not a GitHub permission; write '<scope>: read|write|none' with a scope of {string.Join(", ", Scopes)} (id-token takes write or none).");
        }

        return (parts[0], parts[1]);
    }

    /// <summary>Contents read (checkout needs it) plus the declared scopes; where two declare a scope, the higher level wins.</summary>
    public static SortedDictionary<string, string> ForJob(IEnumerable<(string Scope, string Level)> declared)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["contents"] = "read" };
        foreach (var (scope, level) in declared)
        {
            if (!result.TryGetValue(scope, out var current) || Array.IndexOf(Levels, level) > Array.IndexOf(Levels, current))
            {
                result[scope] = level;
            }
        }

        return result;
    }
}
