using Mlops.Names;

namespace Mlops.Targets.Internal;

/// <summary>The sentence after a mistyped target, option or parameter: the near names, or every name when none is near.</summary>
internal static class DidYouMean
{
    /// <summary>" Did you mean: A, B?", or " Known: …." so the reader still learns what would have been right.</summary>
    public static string For(string typed, IEnumerable<string> candidates)
    {
        var known = candidates.ToList();
        var near = NearestNames.To(typed, known);
        return near.Count == 0
            ? $" Known: {string.Join(", ", known.Order(StringComparer.Ordinal))}."
            : $" Did you mean: {string.Join(", ", near)}?";
    }
}
