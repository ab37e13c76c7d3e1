namespace Mlops.Benchmarks;

/// <summary>
/// How long single predictions took: the median (the typical call) and the 99th percentile (the slow tail a caller
/// of a serving endpoint feels), over <paramref name="Count"/> timed predictions.
/// </summary>
internal sealed record PredictionLatency(TimeSpan Median, TimeSpan P99, int Count)
{
    public static PredictionLatency Of(IReadOnlyList<TimeSpan> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0)
        {
            throw new ArgumentException("No predictions were timed.", nameof(samples));
        }

        return new PredictionLatency(CommandTimings.MedianOf(samples), Percentile(samples, 0.99), samples.Count);
    }

    /// <summary>
    /// The nearest-rank percentile: the smallest sample that at least <paramref name="fraction"/> of the samples do not
    /// exceed. Always a real sample, never an interpolation between two.
    /// </summary>
    public static TimeSpan Percentile(IReadOnlyList<TimeSpan> samples, double fraction)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fraction);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fraction, 1.0);
        if (samples.Count == 0)
        {
            throw new ArgumentException("A percentile of no samples is undefined.", nameof(samples));
        }

        var sorted = samples.Order().ToList();
        var rank = (int)Math.Ceiling(fraction * sorted.Count);
        return sorted[rank - 1];
    }
}
