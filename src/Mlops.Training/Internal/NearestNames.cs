namespace Mlops.Training.Internal;

/// <summary>The valid names closest to a misspelt one, for "did you mean" in error messages.</summary>
internal static class NearestNames
{
    /// <summary>
    /// Up to <paramref name="count"/> names, nearest first, ignoring case: names holding the wanted one (or held in
    /// it) first, then those sharing the most words with it ("NumLeaves" and "NumberOfLeaves" share "num…" and
    /// "leaves"), then by edit distance.
    /// </summary>
    public static IReadOnlyList<string> To(string wanted, IEnumerable<string> names, int count = 3)
    {
        var wantedWords = Words(wanted);
        return [.. names
            .Distinct(StringComparer.Ordinal)
            .OrderBy(name => Contains(name, wanted) ? 0 : 1)
            .ThenByDescending(name => SharedWords(wantedWords, Words(name)))
            .ThenBy(name => Distance(wanted.ToUpperInvariant(), name.ToUpperInvariant()))
            .ThenBy(name => name, StringComparer.Ordinal)
            .Take(count)];
    }

    /// <summary>"; nearest: A, B, C", or nothing when there are no names at all.</summary>
    public static string Hint(string wanted, IEnumerable<string> names)
    {
        var nearest = To(wanted, names);
        return nearest.Count == 0 ? "" : $"; nearest: {string.Join(", ", nearest)}";
    }

    private static bool Contains(string name, string wanted) =>
        wanted.Length > 0 && (name.Contains(wanted, StringComparison.OrdinalIgnoreCase) ||
            wanted.Contains(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Words of a PascalCase, camelCase, snake_case or kebab-case name, upper-cased.</summary>
    private static List<string> Words(string name)
    {
        var words = new List<string>();
        var start = 0;
        for (var i = 1; i <= name.Length; i++)
        {
            if (i == name.Length || !char.IsLetterOrDigit(name[i]) || (char.IsUpper(name[i]) && !char.IsUpper(name[i - 1])))
            {
                var word = name[start..i].Trim('_', '-', '.', ' ');
                if (word.Length > 0)
                {
                    words.Add(word.ToUpperInvariant());
                }

                start = i;
            }
        }

        return words;
    }

    /// <summary>Words of one name that start, or are the start of, a word of the other.</summary>
    private static int SharedWords(List<string> wanted, List<string> name) =>
        wanted.Count(w => name.Any(n => n.StartsWith(w, StringComparison.Ordinal) || w.StartsWith(n, StringComparison.Ordinal)));

    /// <summary>Levenshtein distance, one row at a time.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
