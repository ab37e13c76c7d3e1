namespace Mlops.Data;

/// <summary>
/// One expectation checked against one file (or, for drift, test against train): what was expected, what was
/// observed, and the first rows that break it. An expectation that could not be checked, because its file could not
/// be read or its column is missing, is not <see cref="Evaluated"/> and does not pass.
/// </summary>
public sealed record ExpectationResult(
    string Expectation,
    string? File,
    string? Column,
    string Expected,
    string Observed,
    bool Passed,
    IReadOnlyList<string> FirstOffendingRows)
{
    public bool Evaluated { get; init; } = true;

    /// <summary>
    /// One line: "train.csv, column age: type: expected integer values, observed 3 values are not (line 7: 'abc', line 19: '4.5', line 30: '')".
    /// </summary>
    public override string ToString()
    {
        var where = (File, Column) switch
        {
            ({ } file, { } column) => $"{file}, column {column}",
            ({ } file, null) => file,
            (null, { } column) => $"column {column}",
            _ => "dataset",
        };
        var rows = FirstOffendingRows.Count == 0 ? "" : $" ({string.Join(", ", FirstOffendingRows)})";
        return $"{where}: {Expectation}: expected {Expected}, observed {Observed}{rows}";
    }
}
