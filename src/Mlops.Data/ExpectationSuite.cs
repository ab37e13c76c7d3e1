using Mlops.Data.Internal;

namespace Mlops.Data;

/// <summary>
/// What a dataset's train and test files must look like, as a JSON file a person reads and edits:
/// <code>
/// {
///   "description": "UCI Adult census income",
///   "missingMarker": "?",                                   // a value that means "missing" (optional)
///   "rows": { "train": { "min": 30000, "max": 35000 }, "test": { "min": 15000 } },
///   "maxDuplicateFraction": 0.002,                          // identical rows, as a fraction of rows
///   "label": { "column": "label", "values": ["0", "1"], "positive": "1",   // positive: default the last value
///              "positiveFraction": { "min": 0.2, "max": 0.3 } },
///   "drift": { "maxPsi": 0.1, "bins": 10, "features": { "capital_gain": 0.2 } },   // PSI of test against train
///   "columns": {                                            // every column but the label; maxMissing defaults to 0
///     "age": { "type": "integer", "min": 17, "max": 90 },
///     "workclass": { "type": "category", "values": ["Private", "State-gov"], "maxMissing": 0.07 }
///   }
/// }
/// </code>
/// Every column named is expected in the header and no other.
/// </summary>
public sealed record ExpectationSuite(
    string? Description,
    string? MissingMarker,
    IReadOnlyList<ColumnExpectation> Columns,
    LabelExpectation Label,
    Bounds? TrainRows,
    Bounds? TestRows,
    double? MaxDuplicateFraction,
    DriftExpectation? Drift)
{
    /// <summary>Reads a suite file; anything malformed is a <see cref="DataInputException"/> naming the file and field.</summary>
    public static ExpectationSuite Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return ExpectationSuiteReader.Read(path);
    }

    /// <summary>The columns a file must have, label last.</summary>
    public IReadOnlyList<string> ColumnNames => [.. Columns.Select(c => c.Name), Label.Column];
}
