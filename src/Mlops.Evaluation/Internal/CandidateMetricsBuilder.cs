using Microsoft.ML.Data;

namespace Mlops.Evaluation.Internal;

/// <summary>Puts ML.NET's overall metrics together with the slices and curves computed from the same rows.</summary>
internal static class CandidateMetricsBuilder
{
    public static CandidateMetrics Build(ScoredRows rows, CalibratedBinaryClassificationMetrics metrics, SliceRules? slices)
    {
        // ML.NET's table: rows are the truth (positive, negative), columns the prediction (positive, negative).
        var counts = metrics.ConfusionMatrix.Counts;
        var confusion = new ConfusionMatrix(
            TruePositives: (long)counts[0][0],
            FalsePositives: (long)counts[1][0],
            TrueNegatives: (long)counts[1][1],
            FalseNegatives: (long)counts[0][1]);
        return new CandidateMetrics(
            rows.Count,
            metrics.Accuracy,
            metrics.AreaUnderRocCurve,
            metrics.F1Score,
            metrics.PositivePrecision,
            metrics.PositiveRecall,
            metrics.LogLoss,
            confusion,
            SliceAnalysis.Measure(rows, slices),
            CurveBuilder.Build(rows.Labels, rows.Probabilities));
    }
}
