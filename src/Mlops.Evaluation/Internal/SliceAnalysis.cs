namespace Mlops.Evaluation.Internal;

/// <summary>Splits the scored rows by each slice column's values and finds, per metric, the widest gap between slices.</summary>
internal static class SliceAnalysis
{
    public static IReadOnlyList<SliceColumnMetrics> Measure(ScoredRows rows, SliceRules? rules)
    {
        if (rules is null)
        {
            return [];
        }

        return [.. rules.Columns.Select(column => Measure(rows, column, rules.MinRows))];
    }

    private static SliceColumnMetrics Measure(ScoredRows rows, string column, int minRows)
    {
        var values = rows.SliceValues[column];
        var slices = Enumerable.Range(0, rows.Count)
            .GroupBy(i => values[i], StringComparer.Ordinal)
            .Select(group => RowMetrics.Slice(group.Key, rows, [.. group]))
            .OrderByDescending(s => s.Rows)
            .ThenBy(s => s.Value, StringComparer.Ordinal)
            .ToList();
        var counted = slices.Where(s => s.Rows >= minRows).ToList();
        var gaps = MetricName.All.Select(metric => Gap(metric, counted)).OfType<SliceGap>().ToList();
        return new SliceColumnMetrics(column, minRows, slices, gaps);
    }

    private static SliceGap? Gap(string metric, List<SliceMetrics> slices)
    {
        // A slice that cannot define the metric (one class only) has no value to compare.
        var defined = slices.Where(s => !double.IsNaN(s.Metric(metric))).ToList();
        if (defined.Count < 2)
        {
            return null;
        }

        var highest = defined.MaxBy(s => s.Metric(metric))!;
        var lowest = defined.MinBy(s => s.Metric(metric))!;
        return new SliceGap(metric, highest.Metric(metric) - lowest.Metric(metric),
            highest.Value, highest.Metric(metric), lowest.Value, lowest.Metric(metric));
    }
}
