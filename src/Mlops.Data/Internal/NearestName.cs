namespace Mlops.Data.Internal;

/// <summary>The known name closest to a misspelt or renamed one, so an error can say what was probably meant.</summary>
internal static class NearestName
{
    /// <summary>The nearest of <paramref name="known"/> by edit distance, ignoring case; null when none is close.</summary>
    public static string? Find(string name, IEnumerable<string> known)
    {
        string? nearest = null;
        var best = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = Distance(name.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (distance < best)
            {
                (nearest, best) = (candidate, distance);
            }
        }

        // Beyond half the name's length the "nearest" name is noise, not a hint.
        return best <= Math.Max(2, name.Length / 2) ? nearest : null;
    }

    /// <summary>" (did you mean 'x'?)" or "".</summary>
    public static string Hint(string name, IEnumerable<string> known) =>
        Find(name, known) is { } nearest ? $" (did you mean '{nearest}'?)" : "";

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

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
