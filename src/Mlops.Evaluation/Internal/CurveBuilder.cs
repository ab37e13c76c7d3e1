namespace Mlops.Evaluation.Internal;

/// <summary>Sweeps the threshold down through the sorted probabilities, one point per distinct value.</summary>
internal static class CurveBuilder
{
    public static PerformanceCurves Build(IReadOnlyList<bool> labels, IReadOnlyList<float> probabilities)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(probabilities.Count, labels.Count, nameof(probabilities));
        var order = Enumerable.Range(0, labels.Count).OrderByDescending(i => probabilities[i]).ToArray();
        var positives = labels.Count(l => l);
        var negatives = labels.Count - positives;

        // Both start where nothing is predicted positive; precision is 1 there by convention.
        var roc = new List<RocPoint> { new(double.PositiveInfinity, 0, 0) };
        var precisionRecall = new List<PrecisionRecallPoint> { new(double.PositiveInfinity, 0, 1) };
        long truePositives = 0, falsePositives = 0;
        for (var k = 0; k < order.Length; k++)
        {
            var index = order[k];
            if (labels[index])
            {
                truePositives++;
            }
            else
            {
                falsePositives++;
            }

            // Rows with the same probability cross the threshold together: one point after the last of them.
            if (k + 1 < order.Length && probabilities[order[k + 1]] == probabilities[index])
            {
                continue;
            }

            double threshold = probabilities[index];
            roc.Add(new RocPoint(threshold, Rate(falsePositives, negatives), Rate(truePositives, positives)));
            precisionRecall.Add(new PrecisionRecallPoint(threshold, Rate(truePositives, positives),
                (double)truePositives / (truePositives + falsePositives)));
        }

        return new PerformanceCurves(roc, precisionRecall);
    }

    // A curve over one class only is undefined: NaN rather than a made-up number.
    private static double Rate(long count, int total) => total == 0 ? double.NaN : (double)count / total;
}
