namespace Mlops.Evaluation;

/// <summary>
/// The ROC and precision-recall curves of one candidate, one point per distinct predicted probability, from the
/// strictest threshold to the most lenient.
/// </summary>
public sealed record PerformanceCurves(IReadOnlyList<RocPoint> Roc, IReadOnlyList<PrecisionRecallPoint> PrecisionRecall)
{
    /// <summary>Area under the ROC curve by the trapezoid rule; ties between a positive and a negative count half.</summary>
    public double Auc
    {
        get
        {
            var area = 0.0;
            for (var i = 1; i < Roc.Count; i++)
            {
                area += (Roc[i].FalsePositiveRate - Roc[i - 1].FalsePositiveRate) *
                    (Roc[i].TruePositiveRate + Roc[i - 1].TruePositiveRate) / 2;
            }

            return area;
        }
    }

    /// <summary>Average precision: precision at each threshold weighted by the recall it adds (the area under the step curve).</summary>
    public double AveragePrecision
    {
        get
        {
            var area = 0.0;
            for (var i = 1; i < PrecisionRecall.Count; i++)
            {
                area += (PrecisionRecall[i].Recall - PrecisionRecall[i - 1].Recall) * PrecisionRecall[i].Precision;
            }

            return area;
        }
    }
}

/// <summary>Predicting positive when the probability is at least <paramref name="Threshold"/> gives these rates.</summary>
public sealed record RocPoint(double Threshold, double FalsePositiveRate, double TruePositiveRate);

/// <summary>Predicting positive when the probability is at least <paramref name="Threshold"/> gives these.</summary>
public sealed record PrecisionRecallPoint(double Threshold, double Recall, double Precision);
