namespace Mlops.Data.Internal;

/// <summary>
/// The buckets a column's values are counted in for profiles and PSI, fixed by the train file: for numbers the upper
/// edges of (about) ten train-quantile bins, for categories the suite's categories plus one for anything else.
/// </summary>
internal sealed class Buckets
{
    public const string Other = "(other)";

    private readonly Dictionary<string, int> _categoryIndex;

    internal Buckets(double[]? edges, IReadOnlyList<string>? categories)
    {
        (Edges, Categories) = (edges, categories);
        _categoryIndex = categories?.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal) ?? [];
    }

    /// <summary>Upper edges of every bin but the last, ascending: bin i holds (edge[i-1], edge[i]].</summary>
    public double[]? Edges { get; }

    public IReadOnlyList<string>? Categories { get; }

    /// <summary>The column's buckets, or null for a numeric column without train values to take quantiles from.</summary>
    public static Buckets? From(ColumnExpectation column, ColumnScan? train, int bins)
    {
        if (!column.IsNumeric)
        {
            return new Buckets(null, column.Categories);
        }

        if (train is null)
        {
            return null;
        }

        if (train.Numbers.Count == 0)
        {
            // Every train value missing: one bin for any value, so drift still sees values appear where none were.
            return train.Missing > 0 ? new Buckets([], null) : null;
        }

        var sorted = train.Numbers.Order().ToArray();
        // Nearest-rank quantiles; repeated values (capital_gain is mostly 0) merge bins rather than leave empty ones.
        var edges = Enumerable.Range(1, bins - 1)
            .Select(k => sorted[(int)Math.Ceiling((double)k * sorted.Length / bins) - 1])
            .Where(edge => edge < sorted[^1])
            .Distinct()
            .ToArray();
        return new Buckets(edges, null);
    }

    public static Buckets Of(LabelExpectation label) => new(null, label.Values);

    public int Count => Edges is not null ? Edges.Length + 1 : Categories!.Count + 1;

    /// <summary>The bin a number falls in (numeric buckets).</summary>
    public int IndexOf(double number)
    {
        var found = Array.BinarySearch(Edges!, number);
        return found >= 0 ? found : ~found;
    }

    /// <summary>The category's bucket, the last one for a value the suite does not list (categorical buckets).</summary>
    public int IndexOf(string category) => _categoryIndex.TryGetValue(category, out var index) ? index : Count - 1;

    public long[] CountIn(ColumnScan scan)
    {
        var counts = new long[Count];
        if (Edges is not null)
        {
            foreach (var number in scan.Numbers)
            {
                counts[IndexOf(number)]++;
            }

            return counts;
        }

        foreach (var (value, count) in scan.Counts)
        {
            counts[IndexOf(value)] += count;
        }

        return counts;
    }
}
