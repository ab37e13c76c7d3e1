namespace Mlops.Targets.Internal;

/// <summary>"Did you mean …?" for a mistyped target or parameter: the candidates within a small edit distance.</summary>
internal static class NearestNames
{
    public static string Suggest(string typed, IEnumerable<string> candidates)
    {
        var close = candidates
            .Select(candidate => (candidate, distance: Distance(typed.ToLowerInvariant(), candidate.ToLowerInvariant())))
            .Where(x => x.distance <= Math.Max(2, typed.Length / 3) ||
                        x.candidate.Contains(typed, StringComparison.OrdinalIgnoreCase))
            .OrderBy(x => x.distance)
            .ThenBy(x => x.candidate, StringComparer.Ordinal)
            .Take(3)
            .Select(x => x.candidate)
            .ToList();
        return close.Count == 0
            ? $" Known: {string.Join(", ", candidates.Order(StringComparer.Ordinal))}."
            : $" Did you mean: {string.Join(", ", close)}?";
    }

    /// <summary>Levenshtein distance.</summary>
    public static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
