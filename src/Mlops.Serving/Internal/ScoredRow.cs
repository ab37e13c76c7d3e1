using Microsoft.ML.Data;

namespace Mlops.Serving.Internal;

/// <summary>What a binary classifier's pipeline adds to a row, as PredictionEngine fills it.</summary>
internal sealed class ScoredRow
{
    [ColumnName("Probability")]
    public float Probability { get; set; }

    [ColumnName("PredictedLabel")]
    public bool PredictedLabel { get; set; }
}
