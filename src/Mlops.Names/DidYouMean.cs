namespace Mlops.Names;

/// <summary>
/// The one sentence every error about a mistyped name ends with, so a target, a parameter, a config field and a CSV
/// column are all corrected in the same words.
/// </summary>
public static class DidYouMean
{
    /// <summary>
    /// " Did you mean: a, b?" naming up to <paramref name="count"/> of <paramref name="names"/> near
    /// <paramref name="typed"/> (see <see cref="NearestNames.To"/>), or "" when none is near.
    /// </summary>
    public static string For(string typed, IEnumerable<string> names, int count = 3) =>
        NearestNames.To(typed, names, count) is { Count: > 0 } near ? $" Did you mean: {string.Join(", ", near)}?" : "";

    /// <summary>
    /// As <see cref="For"/>, but when no name is near, " Known: a, b, c." listing every name in the order given, so the
    /// reader still learns what would have been right; "" only when there are no names at all.
    /// </summary>
    public static string OrKnown(string typed, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var known = names.Distinct(StringComparer.Ordinal).ToList();
        var near = For(typed, known);
        return near.Length > 0 || known.Count == 0 ? near : $" Known: {string.Join(", ", known)}.";
    }
}
