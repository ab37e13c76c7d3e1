using System.Text.Json;

namespace Mlops.Training.Internal;

/// <summary>The shape of configs/training.json (schemas/training-config.schema.json), bound by Mlops.Config.</summary>
internal sealed class TrainingConfigJson
{
    public required string Label { get; init; }

    public required int Seed { get; init; }

    public required FeaturesJson Features { get; init; }

    public required List<CandidateJson> Candidates { get; init; }
}

internal sealed class FeaturesJson
{
    public required List<string> Numeric { get; init; }

    public required List<string> Categorical { get; init; }
}

internal sealed class CandidateJson
{
    public required string Name { get; init; }

    public required string Trainer { get; init; }

    /// <summary>As written, in file order: each is checked against the trainer's own Options later.</summary>
    public OrderedDictionary<string, JsonElement>? Hyperparameters { get; init; }
}
