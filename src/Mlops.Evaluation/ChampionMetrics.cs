using Mlops.Evaluation.Internal;

namespace Mlops.Evaluation;

/// <summary>
/// The metrics recorded for the model in production, e.g. k8s/overlays/production/model-metrics.json:
/// <c>{"model":"lightgbm","metrics":{"auc":0.92,…}}</c>. Other fields are ignored, so the metrics.json an evaluation
/// writes can be promoted as it is.
/// </summary>
public sealed record ChampionMetrics(string Model, IReadOnlyDictionary<string, double> Metrics)
{
    /// <summary>Where the metrics came from, for error messages.</summary>
    public string Source { get; init; } = "the champion metrics";

    /// <summary>The champion's metrics, or null when the file does not exist: the first run, nothing in production yet.</summary>
    public static ChampionMetrics? ReadIfExists(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            return null;
        }

        var json = EvaluationFile.Read<ChampionMetricsJson>(path);
        var values = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        // null is how metrics.json records a metric that could not be defined: not recorded, rather than an error.
        foreach (var (name, value) in json.Metrics)
        {
            if (value is { } recorded)
            {
                values[name] = recorded;
            }
        }

        return new ChampionMetrics(json.Model, values) { Source = path };
    }

    /// <summary>The recorded value of <paramref name="metric"/> (any case), or null when the file does not record it.</summary>
    public double? Find(string metric)
    {
        foreach (var (name, value) in Metrics)
        {
            if (string.Equals(name, metric, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }
}
