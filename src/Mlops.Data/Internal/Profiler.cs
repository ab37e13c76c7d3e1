namespace Mlops.Data.Internal;

/// <summary>Builds the <see cref="DataProfile"/> of the readable files from their column scans and the train buckets.</summary>
internal static class Profiler
{
    public static DataProfile Build(ExpectationSuite suite, IEnumerable<FileData> files, IReadOnlyDictionary<string, Buckets?> buckets,
        IReadOnlyList<FeatureDrift> drift)
    {
        var profiles = files.Where(f => f.Table is not null).Select(file => new FileProfile(file.Name, file.Role, file.Table!.Records.Count,
            [.. suite.ColumnNames.Where(file.Scans.ContainsKey).Select(c => Column(file.Scans[c], buckets.GetValueOrDefault(c)))]));
        return new DataProfile([.. profiles], drift) { MissingMarker = suite.MissingMarker };
    }

    private static ColumnProfile Column(ColumnScan scan, Buckets? buckets)
    {
        var counts = buckets?.CountIn(scan);
        var fractions = counts is null ? null : PopulationStability.Fractions(counts);
        IReadOnlyList<BinShare>? bins = buckets?.Edges is { } edges
            ? [.. counts!.Select((count, i) => new BinShare(i == 0 ? null : edges[i - 1], i == edges.Length ? null : edges[i], count, fractions![i]))]
            : null;
        IReadOnlyList<CategoryShare>? categories = buckets?.Categories is { } names
            ? [.. names.Append(Buckets.Other).Select((name, i) => new CategoryShare(name, counts![i], fractions![i]))
                .Where(share => share.Value != Buckets.Other || share.Count > 0)]
            : null;
        return new ColumnProfile(scan.Name, scan.Type, scan.Rows, scan.Missing, Summary(scan.Numbers), bins, categories);
    }

    private static NumericSummary? Summary(List<double> numbers)
    {
        if (numbers.Count == 0)
        {
            return null;
        }

        var mean = numbers.Average();
        var squares = numbers.Sum(n => (n - mean) * (n - mean));
        return new NumericSummary(numbers.Min(), numbers.Max(), mean, numbers.Count > 1 ? Math.Sqrt(squares / (numbers.Count - 1)) : 0);
    }
}
