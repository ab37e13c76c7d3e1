using Microsoft.ML.Data;

namespace Mlops.Benchmarks.Internal;

/// <summary>What a trained candidate says about one row: the class, the raw score and the calibrated probability.</summary>
internal sealed class ModelPrediction
{
    [ColumnName("PredictedLabel")]
    public bool PredictedLabel { get; set; }

    [ColumnName("Score")]
    public float Score { get; set; }

    [ColumnName("Probability")]
    public float Probability { get; set; }
}
