namespace Mlops.Targets.Internal;

/// <summary>The sentence after a mistyped target, option or parameter, in the project's one wording (Mlops.Names).</summary>
internal static class DidYouMean
{
    /// <summary>" Did you mean: A, B?", or " Known: …." (sorted) so the reader still learns what would have been right.</summary>
    public static string For(string typed, IEnumerable<string> candidates) =>
        Names.DidYouMean.OrKnown(typed, candidates.Order(StringComparer.Ordinal));
}
