using System.Text.Json;
using Mlops.Training.Internal;

namespace Mlops.Training;

/// <summary>
/// What to train (configs/training.json): the label column, the seed every trainer uses, the feature columns, and the
/// candidate models to train side by side.
/// </summary>
/// <param name="Label">The CSV column holding the 0/1 label.</param>
/// <param name="Seed">The one seed for every random choice, so the same inputs give the same model bytes.</param>
/// <param name="Features">The CSV columns the models learn from.</param>
/// <param name="Candidates">The models to train, each with its own trainer and hyperparameters.</param>
public sealed record TrainingConfig(string Label, int Seed, FeatureSet Features, IReadOnlyList<CandidateConfig> Candidates)
{
    /// <summary>Where the config came from, for error messages.</summary>
    public string Source { get; init; } = "the training config";

    /// <summary>Reads and checks the config; any problem is a <see cref="TrainingInputException"/> naming the file and field.</summary>
    public static TrainingConfig Read(string path) => TrainingConfigReader.Read(path);
}

/// <summary>Feature columns by kind: <paramref name="Numeric"/> load as numbers, <paramref name="Categorical"/> as text and are one-hot encoded.</summary>
public sealed record FeatureSet(IReadOnlyList<string> Numeric, IReadOnlyList<string> Categorical);

/// <summary>
/// One model to train: <paramref name="Name"/> is also its output folder; <paramref name="Trainer"/> is one of
/// LightGbm, FastTree, LbfgsLogisticRegression, SdcaLogisticRegression; <paramref name="Hyperparameters"/> are set on
/// that trainer's ML.NET Options by name (case-insensitive), exactly as written in the config.
/// </summary>
public sealed record CandidateConfig(string Name, string Trainer, IReadOnlyDictionary<string, JsonElement> Hyperparameters);
