namespace Mlops.Evaluation.Internal;

/// <summary>The shape of configs/evaluation.json (schemas/evaluation-config.schema.json), bound by Mlops.Config.</summary>
internal sealed class EvaluationConfigJson
{
    public string? Label { get; init; }

    /// <summary>By metric name, in file order, so errors and reports follow the file.</summary>
    public OrderedDictionary<string, GateJson>? Gates { get; init; }

    public SlicesJson? Slices { get; init; }

    public SelectJson? Select { get; init; }

    public ChampionJson? Champion { get; init; }
}

internal sealed class GateJson
{
    public double? Min { get; init; }

    public double? Max { get; init; }
}

internal sealed class SlicesJson
{
    public required List<string> Columns { get; init; }

    public OrderedDictionary<string, double>? MaxGap { get; init; }

    public int? MinRows { get; init; }
}

internal sealed class SelectJson
{
    public required string Metric { get; init; }
}

internal sealed class ChampionJson
{
    public required string Metrics { get; init; }

    public required string Metric { get; init; }

    public double? Tolerance { get; init; }
}
