namespace Mlops.Names.Internal;

/// <summary>How close a known name is to the wanted one, by the three measures names are ranked on.</summary>
internal sealed record Closeness(bool Holds, int SharedWords, int Distance, bool IsNear)
{
    /// <summary>Shorter words ("of", "id", "x") are in too many names to show kinship.</summary>
    private const int ShortestSharedWord = 3;

    public static Closeness Between(ComparedName wanted, ComparedName name)
    {
        var holds = wanted.Text.Length > 0 && name.Text.Length > 0 &&
            (name.Text.Contains(wanted.Text, StringComparison.Ordinal) || wanted.Text.Contains(name.Text, StringComparison.Ordinal));
        var shared = wanted.Words.Count(w => name.Words.Any(n => SameWord(w, n)));
        var distance = EditDistance.Between(wanted.Text, name.Text);
        var near = holds || shared > 0 || distance <= Math.Max(2, wanted.Text.Length / 3);
        return new Closeness(holds, shared, distance, near);
    }

    /// <summary>The same word, or one the start of the other ("num" of "number").</summary>
    private static bool SameWord(string a, string b) =>
        Math.Min(a.Length, b.Length) >= ShortestSharedWord &&
        (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal));
}
