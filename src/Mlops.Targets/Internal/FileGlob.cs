using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace Mlops.Targets.Internal;

/// <summary>
/// Files named by a path or glob relative to the root: a file, a folder (all its files), or a pattern with
/// <c>*</c>, <c>?</c> and <c>**</c>. Wildcards do not descend into .git, bin, obj or node_modules. As in git, a
/// <c>**</c> inside a name (<c>a**</c>) is one <c>*</c>, and a wildcard ending in <c>/</c> names folders.
/// </summary>
internal static class FileGlob
{
    private static readonly string[] Ignored = [".git", "bin", "obj", "node_modules"];

    /// <summary>Matching files as full paths, sorted, so hashes do not depend on the file system's order.</summary>
    public static List<string> Expand(AbsolutePath root, string pattern)
    {
        var full = Path.GetFullPath(pattern, root).Replace('\\', '/');
        var wildcard = full.IndexOfAny(['*', '?']);
        if (wildcard < 0)
        {
            return File.Exists(full) ? [full]
                : Directory.Exists(full) ? Match(full, "**/*", ignore: false)
                : [];
        }

        var baseDirectory = full[..full.LastIndexOf('/', wildcard)];
        if (!Directory.Exists(baseDirectory))
        {
            return [];
        }

        var relative = full[(baseDirectory.Length + 1)..];
        if (!relative.Contains('?', StringComparison.Ordinal))
        {
            return Match(baseDirectory, relative, ignore: true);
        }

        // FileSystemGlobbing reads '?' as a literal character: it finds the candidates with '*' in its place, and our
        // regex keeps those where each '?' stands for exactly one character.
        var exact = ToRegex(full);
        return Match(baseDirectory, relative.Replace('?', '*'), ignore: true).Where(f => exact.IsMatch(f)).ToList();
    }

    public static bool HasWildcard(string pattern) => pattern.IndexOfAny(['*', '?']) >= 0;

    private static List<string> Match(string directory, string pattern, bool ignore)
    {
        var matcher = new Matcher(StringComparison.Ordinal).AddInclude(pattern);
        if (ignore)
        {
            matcher.AddExcludePatterns(Ignored.Select(folder => $"**/{folder}/"));
        }

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
