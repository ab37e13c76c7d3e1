using Mlops.Names.Internal;

namespace Mlops.Names;

/// <summary>The known names near a mistyped one, nearest first, for "did you mean" in error messages.</summary>
internal static class NearestNames
{
    /// <summary>
    /// Up to <paramref name="count"/> of <paramref name="names"/> near <paramref name="wanted"/>, nearest first,
    /// ignoring case. A name is near when it holds the wanted one or is held in it, shares a word with it
    /// ("NumLeaves" and "NumberOfLeaves" share "num…" and "leaves"), or is within an edit distance of a third of the
    /// wanted name's length (at least 2). They rank in that order: held names, then most shared words, then fewest
    /// edits, then by ordinal name so the same input always gives the same hint. Far names are left out: a hint
    /// naming them would send the reader the wrong way.
    /// </summary>
    public static IReadOnlyList<string> To(string wanted, IEnumerable<string> names, int count = 3)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentOutOfRangeException.ThrowIfNegative(count);

        var wantedName = new ComparedName(wanted);
        return [.. names
            .Distinct(StringComparer.Ordinal)
            .Select(name => (name, closeness: Closeness.Between(wantedName, new ComparedName(name))))
            .Where(candidate => candidate.closeness.IsNear)
            .OrderByDescending(candidate => candidate.closeness.Holds)
            .ThenByDescending(candidate => candidate.closeness.SharedWords)
            .ThenBy(candidate => candidate.closeness.Distance)
            .ThenBy(candidate => candidate.name, StringComparer.Ordinal)
            .Take(count)
            .Select(candidate => candidate.name)];
    }
}
