using System.Text.Json.Serialization;

namespace Mlops.Serving.Internal;

/// <summary>
/// The fields of the evaluation's metrics.json a server needs. Other fields are skipped, not refused: the file is the
/// evaluation's, and what it adds later must not stop a server.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
internal sealed class EvaluationSummaryJson
{
    public string? Chosen { get; init; }

    public string? FailureReason { get; init; }

    /// <summary>null is how metrics.json records a metric that could not be defined.</summary>
    public Dictionary<string, double?> Metrics { get; init; } = [];
}

/// <summary>The fields of a candidate's run.json a server needs: the model's hash, the commit and the data by hash.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
internal sealed class RunRecordJson
{
    public required string ModelSha256 { get; init; }

    public string? GitCommit { get; init; }

    public List<DataFileJson> Data { get; init; } = [];

    internal sealed record DataFileJson(string Path, string Sha256);
}
