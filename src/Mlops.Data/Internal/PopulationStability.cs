namespace Mlops.Data.Internal;

/// <summary>
/// The population stability index: Σ (actual − expected) · ln(actual / expected) over shared buckets, where expected
/// is the baseline's (train's) fraction in each bucket. Under 0.1 is usually read as stable, above 0.25 as shifted.
/// </summary>
internal static class PopulationStability
{
    /// <summary>An empty bucket counts as this fraction, so it adds a large but finite term instead of infinity.</summary>
    public const double Epsilon = 1e-4;

    public static double Index(IReadOnlyList<double> expected, IReadOnlyList<double> actual)
    {
        var index = 0.0;
        for (var i = 0; i < expected.Count; i++)
        {
            var (e, a) = (Math.Max(expected[i], Epsilon), Math.Max(actual[i], Epsilon));
            index += (a - e) * Math.Log(a / e);
        }

        return index;
    }

    public static double[] Fractions(long[] counts)
    {
        var total = counts.Sum();
        return [.. counts.Select(c => total == 0 ? 0 : (double)c / total)];
    }
}
