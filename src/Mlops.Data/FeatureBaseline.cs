using Mlops.Data.Internal;

namespace Mlops.Data;

/// <summary>
/// One feature's buckets and the train file's count in each, the last bucket holding missing values as in the
/// validation's drift check; counts of later values in the same buckets give their PSI against train.
/// </summary>
public sealed class FeatureBaseline
{
    private readonly Buckets _buckets;
    private readonly double[] _expected;
    private readonly string? _missingMarker;

    internal FeatureBaseline(string feature, Buckets buckets, long[] trainCounts, string? missingMarker)
    {
        (Feature, _buckets, _missingMarker) = (feature, buckets, missingMarker);
        _expected = PopulationStability.Fractions(trainCounts);
    }

    public string Feature { get; }

    /// <summary>True for numeric bins, false for categories.</summary>
    public bool IsNumeric => _buckets.Edges is not null;

    /// <summary>The value buckets and one more for missing values.</summary>
    public int BucketCount => _buckets.Count + 1;

    public int MissingBucket => _buckets.Count;

    /// <summary>The bin a number falls in (NaN is missing); only for a numeric feature.</summary>
    public int BucketOf(double number) =>
        !IsNumeric ? throw new InvalidOperationException($"{Feature} is categorical.")
        : double.IsNaN(number) ? MissingBucket
        : _buckets.IndexOf(number);

    /// <summary>
    /// The category's bucket: the missing one for the data's missing marker, the last value bucket for a category the
    /// train data did not list; only for a categorical feature.
    /// </summary>
    public int BucketOf(string category) =>
        IsNumeric ? throw new InvalidOperationException($"{Feature} is numeric.")
        : category == _missingMarker ? MissingBucket
        : _buckets.IndexOf(category);

    /// <summary>The PSI of values counted in these buckets against the train file; 0 when nothing was counted.</summary>
    public double Psi(long[] counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.Length != BucketCount)
        {
            throw new ArgumentException($"{Feature} has {BucketCount} buckets, not {counts.Length}.", nameof(counts));
        }

        return counts.Any(c => c > 0) ? PopulationStability.Index(_expected, PopulationStability.Fractions(counts)) : 0;
    }
}
