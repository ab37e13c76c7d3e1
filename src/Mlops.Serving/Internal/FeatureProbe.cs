using Microsoft.ML;
using Microsoft.ML.Data;

namespace Mlops.Serving.Internal;

/// <summary>Runs records through the model's own featurization and returns the feature vectors it makes.</summary>
internal interface IFeatureProbe
{
    IReadOnlyList<float[]> Features(IReadOnlyList<object?[]> records);
}

/// <summary>The probe for one made-at-run-time input type (<see cref="InputRowType"/>).</summary>
internal sealed class FeatureProbe<TInput>(MLContext ml, ITransformer featurizer, string featuresColumn) : IFeatureProbe
    where TInput : class, new()
{
    public IReadOnlyList<float[]> Features(IReadOnlyList<object?[]> records)
    {
        var rows = records.Select(values =>
        {
            var row = new TInput();
            RowFill<TInput>.Fill(row, values);
            return row;
        }).ToList();
        return [.. featurizer.Transform(ml.Data.LoadFromEnumerable(rows)).GetColumn<float[]>(featuresColumn)];
    }
}
