using Mlops.Data;

namespace Mlops.Serving.Internal;

/// <summary>
/// The latest served rows, counted per feature in the training profile's buckets: a ring of each row's bucket per
/// feature and running counts, so adding a row is a few increments and a feature's PSI is read without a rescan.
/// </summary>
internal sealed class DriftWindow
{
    /// <summary>Fewer rows than this give no drift reading: ten-odd buckets need some hundred values to say anything.</summary>
    public const int MinimumRows = 100;

    private readonly (int Column, FeatureBaseline Baseline)[] _features;
    private readonly int[,] _ring;
    private readonly long[][] _counts;
    private readonly Lock _lock = new();
    private int _next;

    public DriftWindow(IReadOnlyList<ModelColumn> columns, DriftBaseline baseline, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        // Only features the model takes and the profile has, of the same kind; a profile of other data tracks nothing.
        _features = [.. columns.Select((column, i) => (Column: i, Baseline: baseline.Features.FirstOrDefault(f => f.Feature == column.Name
                && f.IsNumeric == (column.Kind == ModelColumnKind.Number))))
            .Where(f => f.Baseline is not null).Select(f => (f.Column, f.Baseline!))];
        _ring = new int[capacity, _features.Length];
        _counts = [.. _features.Select(f => new long[f.Baseline.BucketCount])];
        Capacity = capacity;
    }

    public int Capacity { get; }

    public IEnumerable<string> Features => _features.Select(f => f.Baseline.Feature);

    /// <summary>Rows counted so far, up to <see cref="Capacity"/>.</summary>
    public int Rows { get; private set; }

    public void Add(IReadOnlyList<object?[]> rows)
    {
        lock (_lock)
        {
            foreach (var row in rows)
            {
                for (var f = 0; f < _features.Length; f++)
                {
                    var (column, baseline) = _features[f];
                    var bucket = row[column] switch
                    {
                        float number => baseline.BucketOf(number),
                        string category => baseline.BucketOf(category),
                        _ => baseline.MissingBucket,
                    };
                    if (Rows == Capacity)
                    {
                        _counts[f][_ring[_next, f]]--;
                    }

                    _ring[_next, f] = bucket;
                    _counts[f][bucket]++;
                }

                _next = (_next + 1) % Capacity;
                Rows = Math.Min(Rows + 1, Capacity);
            }
        }
    }

    /// <summary>Each tracked feature's PSI over the rows in the window against the training profile.</summary>
    public IReadOnlyList<(string Feature, double Psi)> Psi()
    {
        lock (_lock)
        {
            return [.. _features.Select((f, i) => (f.Baseline.Feature, f.Baseline.Psi(_counts[i])))];
        }
    }
}
