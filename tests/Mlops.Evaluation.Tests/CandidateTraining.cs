using Microsoft.ML;
using Microsoft.ML.Data;
using Mlops.Testing;

namespace Mlops.Evaluation.Tests;

/// <summary>
/// Trains small real models the way the training library does (the contract): the input schema is the raw CSV
/// columns (numeric Single, categorical String, label Boolean), saved with <c>mlContext.Model.Save</c>.
/// </summary>
internal static class CandidateTraining
{
    public static CandidateModel LightGbm(string trainCsv, string folder) =>
        Train("lightgbm", trainCsv, folder, (ml, features) => ml.BinaryClassification.Trainers.LightGbm(labelColumnName: "label", featureColumnName: features));

    public static CandidateModel Logistic(string trainCsv, string folder) =>
        Train("logistic", trainCsv, folder, (ml, features) =>
            ml.Transforms.NormalizeMeanVariance(features)
                .Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(labelColumnName: "label", featureColumnName: features)));

    /// <summary>A saved pipeline with no trainer: a real ML.NET model, but no binary classifier.</summary>
    public static CandidateModel FeaturesOnly(string trainCsv, string folder)
    {
        var ml = new MLContext(seed: 1);
        var data = Load(ml, trainCsv);
        var model = Featurize(ml, data).Fit(data);
        return Save(ml, "features-only", model, data, folder);
    }

    public static IDataView Load(MLContext ml, string csv)
    {
        var header = File.ReadLines(csv).First().Split(',');
        var columns = header.Select((name, index) => new TextLoader.Column(name, Kind(name), index)).ToArray();
        return ml.Data.CreateTextLoader(new TextLoader.Options { HasHeader = true, Separators = [','], Columns = columns }).Load(csv);
    }

    private static CandidateModel Train<TTail>(string name, string trainCsv, string folder, Func<MLContext, string, IEstimator<TTail>> trainer)
        where TTail : class, ITransformer
    {
        var ml = new MLContext(seed: 1);
        var data = Load(ml, trainCsv);
        var model = Featurize(ml, data).Append(trainer(ml, "Features")).Fit(data);
        return Save(ml, name, model, data, folder);
    }

    private static EstimatorChain<ColumnConcatenatingTransformer> Featurize(MLContext ml, IDataView data)
    {
        var categorical = data.Schema.Where(c => c.Type is TextDataViewType).Select(c => c.Name).ToArray();
        return ml.Transforms.Categorical.OneHotEncoding([.. categorical.Select(c => new InputOutputColumnPair(c))])
            .Append(ml.Transforms.Concatenate("Features", [.. SharedAdultData.Numeric, .. categorical]));
    }

    private static CandidateModel Save(MLContext ml, string name, ITransformer model, IDataView data, string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "model.zip");
        ml.Model.Save(model, data.Schema, path);
        return new CandidateModel(name, path);
    }

    private static DataKind Kind(string column) =>
        column == "label" ? DataKind.Boolean : SharedAdultData.Numeric.Contains(column) ? DataKind.Single : DataKind.String;
}
