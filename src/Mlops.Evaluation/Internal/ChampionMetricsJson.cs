using System.Text.Json.Serialization;

namespace Mlops.Evaluation.Internal;

/// <summary>
/// The fields of a champion's metrics file that comparison needs. Other fields are skipped, not refused: the file is
/// the metrics.json an evaluation writes, promoted as it is.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
internal sealed class ChampionMetricsJson
{
    public required string Model { get; init; }

    /// <summary>null is how metrics.json records a metric that could not be defined.</summary>
    public required Dictionary<string, double?> Metrics { get; init; }
}
