namespace Mlops.Evaluation.Internal;

/// <summary>
/// The metrics of a subset of scored rows, computed the way ML.NET's binary evaluator computes them for the whole
/// set (accuracy and the counts from the predicted label, log-loss in bits from the probability), so a slice's
/// numbers are comparable with the overall ones. Undefined values are NaN.
/// </summary>
internal static class RowMetrics
{
    // ML.NET clamps the probability the same way before taking the log, so a confident miss costs ~50 bits, not infinity.
    private const double Epsilon = 1e-15;

    public static SliceMetrics Slice(string value, ScoredRows rows, IReadOnlyList<int> indices)
    {
        long truePositives = 0, falsePositives = 0, trueNegatives = 0, falseNegatives = 0;
        var logLoss = 0.0;
        var labels = new bool[indices.Count];
        var probabilities = new float[indices.Count];
        for (var k = 0; k < indices.Count; k++)
        {
            var i = indices[k];
            var (label, predicted, probability) = (rows.Labels[i], rows.Predicted[i], rows.Probabilities[i]);
            labels[k] = label;
            probabilities[k] = probability;
            if (predicted)
            {
                truePositives += label ? 1 : 0;
                falsePositives += label ? 0 : 1;
            }
            else
            {
                falseNegatives += label ? 1 : 0;
                trueNegatives += label ? 0 : 1;
            }

            logLoss -= Math.Log(Math.Max(label ? probability : 1.0 - probability, Epsilon), 2);
        }

        var rowCount = indices.Count;
        return new SliceMetrics(
            value,
            rowCount,
            Accuracy: Ratio(truePositives + trueNegatives, rowCount),
            Auc: CurveBuilder.Build(labels, probabilities).Auc,
            F1: Ratio(2 * truePositives, (2 * truePositives) + falsePositives + falseNegatives),
            Precision: Ratio(truePositives, truePositives + falsePositives),
            Recall: Ratio(truePositives, truePositives + falseNegatives),
            LogLoss: rowCount == 0 ? double.NaN : logLoss / rowCount);
    }

    private static double Ratio(long part, long whole) => whole == 0 ? double.NaN : (double)part / whole;
}
