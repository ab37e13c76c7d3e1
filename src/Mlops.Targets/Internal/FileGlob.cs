using System.Text;
using System.Text.RegularExpressions;

namespace Mlops.Targets.Internal;

/// <summary>
/// Files named by a path or glob relative to the root: a file, a folder (all its files), or a pattern with
/// <c>*</c>, <c>?</c> and <c>**</c>. Wildcards do not descend into .git, bin, obj or node_modules.
/// </summary>
internal static class FileGlob
{
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal) { ".git", "bin", "obj", "node_modules" };

    /// <summary>Matching files as full paths, sorted, so hashes do not depend on the file system's order.</summary>
    public static List<string> Expand(AbsolutePath root, string pattern)
    {
        var full = Path.GetFullPath(pattern, root).Replace('\\', '/');
        var wildcard = full.IndexOfAny(['*', '?']);
        if (wildcard < 0)
        {
            return File.Exists(full) ? [full]
                : Directory.Exists(full) ? Walk(full, ignore: false).Order(StringComparer.Ordinal).ToList()
                : [];
        }

        var baseDirectory = full[..full.LastIndexOf('/', wildcard)];
        if (!Directory.Exists(baseDirectory))
        {
            return [];
        }

        var regex = ToRegex(full);
        return Walk(baseDirectory, ignore: true).Where(f => regex.IsMatch(f)).Order(StringComparer.Ordinal).ToList();
    }

    public static bool HasWildcard(string pattern) => pattern.IndexOfAny(['*', '?']) >= 0;

    private static IEnumerable<string> Walk(string directory, bool ignore)
    {
        foreach (var file in Directory.EnumerateFiles(directory))
        {
            yield return file.Replace('\\', '/');
        }

        foreach (var child in Directory.EnumerateDirectories(directory))
        {
            if (ignore && Ignored.Contains(Path.GetFileName(child)))
            {
                continue;
            }

            foreach (var file in Walk(child, ignore))
            {
                yield return file;
            }
        }
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
