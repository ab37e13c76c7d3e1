namespace Mlops.Evaluation;

/// <summary>Counts of test rows by truth and prediction; the positive class is label 1.</summary>
public sealed record ConfusionMatrix(long TruePositives, long FalsePositives, long TrueNegatives, long FalseNegatives)
{
    public long Total => TruePositives + FalsePositives + TrueNegatives + FalseNegatives;
}
