using Mlops.Evaluation.Internal;

namespace Mlops.Evaluation;

/// <summary>
/// The test rows whose slice column holds <paramref name="Value"/>, and the metrics on them. A metric a slice cannot
/// define (AUC with one class only, precision with no positive prediction) is NaN.
/// </summary>
public sealed record SliceMetrics(
    string Value,
    int Rows,
    double Accuracy,
    double Auc,
    double F1,
    double Precision,
    double Recall,
    double LogLoss)
{
    public double Metric(string metric) => MetricValues.Of(metric, Accuracy, Auc, F1, Precision, Recall, LogLoss);
}

/// <summary>
/// The slices of one column, largest first, and for each metric the largest gap between two of its slices with at
/// least <paramref name="MinRows"/> rows (a metric is absent from <paramref name="Gaps"/> when fewer than two slices
/// qualify).
/// </summary>
public sealed record SliceColumnMetrics(string Column, int MinRows, IReadOnlyList<SliceMetrics> Values, IReadOnlyList<SliceGap> Gaps)
{
    internal SliceGap? Gap(string metric) =>
        Gaps.FirstOrDefault(g => string.Equals(g.Metric, metric, StringComparison.OrdinalIgnoreCase));
}

/// <summary>The largest difference of <paramref name="Metric"/> between two slices of one column, and which they are.</summary>
public sealed record SliceGap(string Metric, double Gap, string HighestValue, double Highest, string LowestValue, double Lowest);
