namespace Mlops.Names.Internal;

/// <summary>
/// The fewest single-character insertions, deletions, substitutions and swaps of neighbours that turn one text into
/// the other (optimal string alignment). Swapped neighbours ("Tset", "retires") are the commonest typo, so a swap is
/// one edit, not two.
/// </summary>
internal static class EditDistance
{
    public static int Between(string a, string b)
    {
        // Three rows: the one before the previous is what a swap goes back to.
        var beforePrevious = new int[b.Length + 1];
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
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], beforePrevious[j - 2] + 1);
                }
            }

            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }

        return previous[b.Length];
    }
}
