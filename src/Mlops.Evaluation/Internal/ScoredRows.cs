namespace Mlops.Evaluation.Internal;

/// <summary>One candidate's predictions on the test file, row by row, with each row's slice column values.</summary>
internal sealed record ScoredRows(
    bool[] Labels,
    float[] Probabilities,
    bool[] Predicted,
    IReadOnlyDictionary<string, string[]> SliceValues)
{
    public int Count => Labels.Length;
}
