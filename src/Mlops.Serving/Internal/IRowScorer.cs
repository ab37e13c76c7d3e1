namespace Mlops.Serving.Internal;

/// <summary>Scores one record's values (in the model's column order) from any thread.</summary>
internal interface IRowScorer
{
    Prediction Score(IReadOnlyList<object?> values);

    /// <summary>Rows start … start + predictions.Length − 1, into predictions: a scorer may score several rows at once.</summary>
    void Score(IReadOnlyList<object?[]> rows, int start, Span<Prediction> predictions);
}
