using Mlops.Evaluation.Internal;

namespace Mlops.Evaluation;

/// <summary>
/// How one candidate did on the test data: overall metrics (as ML.NET's binary evaluator computes them, log-loss in
/// bits from the calibrated probability), the confusion matrix, the metrics per slice, and the ROC and
/// precision-recall curves.
/// </summary>
public sealed record CandidateMetrics(
    int Rows,
    double Accuracy,
    double Auc,
    double F1,
    double Precision,
    double Recall,
    double LogLoss,
    ConfusionMatrix Confusion,
    IReadOnlyList<SliceColumnMetrics> Slices,
    PerformanceCurves Curves)
{
    /// <summary>The value of a metric named as in <see cref="MetricName"/> (any case).</summary>
    public double Metric(string metric) => MetricValues.Of(metric, Accuracy, Auc, F1, Precision, Recall, LogLoss);

    /// <summary>The slices by <paramref name="column"/>.</summary>
    internal SliceColumnMetrics Slice(string column) =>
        Slices.FirstOrDefault(s => s.Column == column) ??
        throw new ArgumentException($"No slices by '{column}' (sliced by: {string.Join(", ", Slices.Select(s => s.Column))}).", nameof(column));
}
