using Microsoft.ML;
using Microsoft.ML.Data;

namespace Mlops.Serving;

/// <summary>
/// The rows of a CSV file like the training data (a header row, commas) as records a <see cref="ModelScorer"/> takes:
/// the model's columns found by their header name, not their position, in the model's order; cells parsed by ML.NET's
/// own loader, as training parsed them, so a record scores exactly as that row scored in the evaluation.
/// </summary>
public static class CsvRecords
{
    /// <summary>The first <paramref name="maxRows"/> rows; a file without a column the model takes is a one-line error naming both.</summary>
    public static IReadOnlyList<object?[]> Read(string csv, IReadOnlyList<ModelColumn> columns, int maxRows = int.MaxValue)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(csv);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentOutOfRangeException.ThrowIfNegative(maxRows);
        var header = (File.Exists(csv) ? File.ReadLines(csv).FirstOrDefault() : throw new ServingInputException($"{csv}: no such file."))?.Split(',')
            ?? throw new ServingInputException($"{csv}: the file is empty.");
        var loaded = columns.Select(column => Array.IndexOf(header, column.Name) is var index and >= 0
            ? new TextLoader.Column(column.Name, column.Kind == ModelColumnKind.Number ? DataKind.Single : DataKind.String, index)
            : throw new ServingInputException($"{csv}: no column '{column.Name}' in the header, which the model takes.")).ToArray();
        var ml = new MLContext(seed: 0);
        var view = ml.Data.CreateTextLoader(new TextLoader.Options { HasHeader = true, Separators = [','], AllowQuoting = true, Columns = loaded }).Load(csv);
        view = maxRows == int.MaxValue ? view : ml.Data.TakeRows(view, maxRows);
        var records = new List<object?[]>();
        for (var c = 0; c < columns.Count; c++)
        {
            var values = columns[c].Kind == ModelColumnKind.Number
                ? view.GetColumn<float>(columns[c].Name).Select(v => (object?)v)
                : view.GetColumn<ReadOnlyMemory<char>>(columns[c].Name).Select(v => (object?)v.ToString());
            var row = 0;
            foreach (var value in values)
            {
                if (c == 0)
                {
                    records.Add(new object?[columns.Count]);
                }

                records[row++][c] = value;
            }
        }

        return records;
    }
}
