using System.Text.Json;
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

        var root = JsonFile.Parse(path, "champion metrics");
        var json = new JsonFields(path);
        json.Object(root, "the top level", null);
        var model = json.RequiredString(root, "model");
        if (!root.TryGetProperty("metrics", out var metrics))
        {
            throw json.Error("metrics is missing");
        }

        json.Object(metrics, "metrics", null);
        var values = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        // null is how metrics.json records a metric that could not be defined: not recorded, rather than an error.
        foreach (var metric in metrics.EnumerateObject().Where(m => m.Value.ValueKind != JsonValueKind.Null))
        {
            values[metric.Name] = metric.Value.ValueKind == JsonValueKind.Number
                ? metric.Value.GetDouble()
                : throw json.Error($"metrics.{metric.Name} must be a number");
        }

        return new ChampionMetrics(model, values) { Source = path };
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
