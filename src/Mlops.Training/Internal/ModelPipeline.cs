using Microsoft.ML;

namespace Mlops.Training.Internal;

/// <summary>
/// Raw CSV columns to a trained classifier: one-hot encode the categorical columns, put every feature into one vector,
/// scale it to [0, 1] for linear trainers, then the trainer. The model's input is exactly the raw columns.
/// </summary>
internal static class ModelPipeline
{
    public const string FeaturesColumn = "Features";

    /// <summary>The encoded column beside each categorical one, so the raw column stays visible in the model's output.</summary>
    public static string Encoded(string categorical) => $"{categorical}_onehot";

    public static IEstimator<ITransformer> Build(MLContext ml, FeatureSet features, TrainerDefinition definition, ConfiguredTrainer trainer)
    {
        string[] featureColumns = [.. features.Numeric, .. features.Categorical.Select(Encoded)];
        IEstimator<ITransformer> chain = ml.Transforms.Concatenate(FeaturesColumn, featureColumns);
        if (features.Categorical.Count > 0)
        {
            var encodings = features.Categorical.Select(column => new InputOutputColumnPair(Encoded(column), column)).ToArray();
            chain = ml.Transforms.Categorical.OneHotEncoding(encodings).Append(chain);
        }

        if (definition.ScalesFeatures)
        {
            chain = chain.Append(ml.Transforms.NormalizeMinMax(FeaturesColumn));
        }

        // Every trainer passes over the rows several times (LightGbm: count, sample the bins, load; L-BFGS: once per
        // iteration), so encode them once and keep the vectors in memory. Not part of the saved model.
        return chain.AppendCacheCheckpoint(ml).Append(trainer.Estimator);
    }
}
