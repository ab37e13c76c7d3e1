using System.Text.RegularExpressions;
using Mlops.Files;
using Mlops.Names;

namespace Mlops.Targets.GitHubActions.Internal.Workflows;

/// <summary>
/// Naming and placing CI artifacts: each path a target Produces is one artifact named after the target and the path,
/// uploaded from that path and downloaded to where the same files land again.
/// </summary>
internal static partial class Artifacts
{
    public static List<string> Produced(ExecutableTarget target, AbsolutePath root, string label) =>
        target.Produces.Select(p => Relative(p, root, label)).Distinct().ToList();

    /// <summary>The path relative to the repository, with forward slashes; a path outside it cannot be an artifact.</summary>
    public static string Relative(string path, AbsolutePath root, string label)
    {
        var relative = AbsolutePath.Create(path, root).RelativeTo(root);
        return relative.StartsWith("..", StringComparison.Ordinal)
            ? throw new BuildInputException($"{label}: '{path}' lies outside the repository and cannot be a CI artifact.")
            : relative;
    }

    /// <summary>"Train" + "artifacts/model" → "train-artifacts-model".</summary>
    public static string Name(ExecutableTarget producer, string path) =>
        $"{KebabCase.Of(producer.Name)}-{Unsafe().Replace(path, "-").Trim('-')}".ToLowerInvariant();

    /// <summary>
    /// upload-artifact stores a folder's contents, a file by its name, and glob matches under their common folder;
    /// downloading into this path puts them back where they were.
    /// </summary>
    public static string DownloadPath(string path)
    {
        var wildcard = path.IndexOfAny(['*', '?']);
        if (wildcard >= 0)
        {
            var slash = path.LastIndexOf('/', wildcard);
            return slash <= 0 ? "." : path[..slash];
        }

        var name = path[(path.LastIndexOf('/') + 1)..];
        return !Path.HasExtension(name) ? path : path.Contains('/', StringComparison.Ordinal) ? path[..path.LastIndexOf('/')] : ".";
    }

    [GeneratedRegex("[^A-Za-z0-9_.-]+")]
    private static partial Regex Unsafe();
}
