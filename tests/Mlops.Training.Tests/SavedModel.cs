using Microsoft.ML;
using Microsoft.ML.Data;

namespace Mlops.Training.Tests;

/// <summary>
/// A model.zip loaded the way another library would: <c>mlContext.Model.Load</c>, then any CSV read by the names and
/// types of the model's input schema.
/// </summary>
internal sealed class SavedModel
{
    private readonly MLContext _ml = new(seed: 7);

    public SavedModel(string path)
    {
        Model = _ml.Model.Load(path, out var inputSchema);
        InputSchema = inputSchema;
    }

    public ITransformer Model { get; }

    public DataViewSchema InputSchema { get; }

    /// <summary>The CSV's columns named by the input schema, at their place in the CSV's header.</summary>
    public IDataView Read(string csv)
    {
        var header = File.ReadLines(csv).First().Split(',');
        var columns = InputSchema
            .Select(column => new TextLoader.Column(column.Name, Kind(column.Type), Array.IndexOf(header, column.Name)))
            .ToArray();
        return _ml.Data.CreateTextLoader(new TextLoader.Options { HasHeader = true, Separators = [','], Columns = columns }).Load(csv);
    }

    public IDataView Predict(string csv) => Model.Transform(Read(csv));

    public CalibratedBinaryClassificationMetrics Evaluate(string csv, string label = "label") =>
        _ml.BinaryClassification.Evaluate(Predict(csv), label);

    private static DataKind Kind(DataViewType type) =>
        type.RawType == typeof(bool) ? DataKind.Boolean
        : type.RawType == typeof(float) ? DataKind.Single
        : type.RawType == typeof(ReadOnlyMemory<char>) ? DataKind.String
        : throw new InvalidOperationException($"The model's input has a {type} column, which is not a raw CSV column.");
}
