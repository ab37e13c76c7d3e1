namespace Mlops.Serving.Tests;

/// <summary>
/// What Prometheus' histogram_quantile (2.x, promql/quantile.go bucketQuantile) answers for cumulative buckets: the
/// bucket holding the rank q × count, and a straight line between its bounds (the first bucket starting at 0); a rank
/// in the +Inf bucket answers the largest finite bound. The test's own oracle for the latency query.
/// </summary>
internal static class BucketQuantile
{
    public static double Of(double q, IReadOnlyList<(double UpperBound, double Count)> buckets)
    {
        var observations = buckets[^1].Count;
        if (!double.IsPositiveInfinity(buckets[^1].UpperBound) || buckets.Count < 2 || observations == 0)
        {
            return double.NaN;
        }

        var rank = q * observations;
        var b = 0;
        while (b < buckets.Count - 1 && buckets[b].Count < rank)
        {
            b++;
        }

        if (b == buckets.Count - 1)
        {
            return buckets[^2].UpperBound;
        }

        var (start, count) = b == 0 ? (0.0, buckets[0].Count) : (buckets[b - 1].UpperBound, buckets[b].Count - buckets[b - 1].Count);
        return start + ((buckets[b].UpperBound - start) * ((rank - (b == 0 ? 0 : buckets[b - 1].Count)) / count));
    }
}
