using System.IO.Enumeration;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace Mlops.Files;

/// <summary>
/// Files named by a path or glob relative to the root: a file, a folder (all its files), or a pattern with
/// <c>*</c>, <c>?</c> and <c>**</c>. Wildcards do not descend into the skipped folders (by default .git, bin, obj and
/// node_modules: what a build's inputs never mean). As in git, a <c>**</c> inside a name (<c>a**</c>) is one <c>*</c>,
/// and a wildcard ending in <c>/</c> names folders.
/// </summary>
public static class FileGlob
{
    public static IReadOnlyList<string> BuildOutputFolders { get; } = [".git", "bin", "obj", "node_modules"];

    /// <summary>Matching files as full paths with '/', sorted, so hashes do not depend on the file system's order.</summary>
    /// <param name="skippedFolders">Folder names wildcards do not descend into; null: <see cref="BuildOutputFolders"/>.</param>
    public static List<string> Expand(string root, string pattern, IReadOnlyCollection<string>? skippedFolders = null)
    {
        var skipped = skippedFolders ?? BuildOutputFolders;
        var full = Path.GetFullPath(pattern, root).Replace('\\', '/');
        var wildcard = full.IndexOfAny(['*', '?']);
        if (wildcard < 0)
        {
            // A folder is listed directly: the matcher's start-up is a cost every no-op run would pay.
            return File.Exists(full) ? [full]
                : Directory.Exists(full) ? [.. Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories).Select(f => f.Replace('\\', '/')).Order(StringComparer.Ordinal)]
                : [];
        }

        var baseDirectory = full[..full.LastIndexOf('/', wildcard)];
        if (!Directory.Exists(baseDirectory))
        {
            return [];
        }

        var relative = full[(baseDirectory.Length + 1)..];
        if (!relative.Contains("**", StringComparison.Ordinal) && !relative.EndsWith('/'))
        {
            return Walk(baseDirectory, relative.Split('/'), skipped);
        }

        if (!relative.Contains('?', StringComparison.Ordinal))
        {
            return Match(baseDirectory, relative, skipped);
        }

        // FileSystemGlobbing reads '?' as a literal character: it finds the candidates with '*' in its place, and our
        // regex keeps those where each '?' stands for exactly one character.
        var exact = ToRegex(full);
        return Match(baseDirectory, relative.Replace('?', '*'), skipped).Where(f => exact.IsMatch(f)).ToList();
    }

    /// <summary>
    /// Patterns whose wildcards stay within one name (<c>artifacts/model/*/model.zip</c>, <c>q/?.txt</c>) are walked name by
    /// name with the framework's own simple match (<c>*</c> and <c>?</c>): the matcher's generic code would cost every
    /// no-op run its JIT compile.
    /// </summary>
    private static List<string> Walk(string baseDirectory, string[] names, IReadOnlyCollection<string> skipped)
    {
        IEnumerable<string> found = [baseDirectory];
        for (var i = 0; i < names.Length; i++)
        {
            var (name, last) = (names[i], i == names.Length - 1);
            found = found.SelectMany(folder => (last ? Directory.EnumerateFiles(folder) : Directory.EnumerateDirectories(folder))
                .Where(path => FileSystemName.MatchesSimpleExpression(name, Path.GetFileName(path), ignoreCase: false) &&
                    (last || !skipped.Contains(Path.GetFileName(path)))));
        }

        return [.. found.Select(f => f.Replace('\\', '/')).Order(StringComparer.Ordinal)];
    }

    private static List<string> Match(string directory, string pattern, IReadOnlyCollection<string> skipped)
    {
        var matcher = new Matcher(StringComparison.Ordinal).AddInclude(pattern);
        matcher.AddExcludePatterns(skipped.Select(folder => $"**/{folder}/"));

        return matcher.Execute(new DirectoryInfoWrapper(new DirectoryInfo(directory)))
            .Files.Select(file => Path.Join(directory, file.Path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal).ToList();
    }

    private static Regex ToRegex(string pattern)
    {
        var builder = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                // "**/" matches zero or more folders; a trailing "**" matches everything below.
                var slash = i + 2 < pattern.Length && pattern[i + 2] == '/';
                builder.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else
            {
                builder.Append(c switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    _ => Regex.Escape(c.ToString()),
                });
            }
        }

        return new Regex(builder.Append('$').ToString(), RegexOptions.CultureInvariant);
    }
}
