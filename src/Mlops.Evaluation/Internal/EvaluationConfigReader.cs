using System.Text.Json;

namespace Mlops.Evaluation.Internal;

/// <summary>Reads configs/evaluation.json strictly: an unknown field is a typo to report, not something to ignore.</summary>
internal sealed class EvaluationConfigReader(string path)
{
    private const int DefaultMinRows = 30;

    public static EvaluationConfig Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var root = JsonFile.Parse(path, "evaluation config");
        return new EvaluationConfigReader(path).Config(root);
    }

    private EvaluationConfig Config(JsonElement root)
    {
        var json = new JsonFields(path);
        json.Object(root, "the top level", ["label", "gates", "slices", "select", "champion"]);
        var label = json.OptionalString(root, "label") ?? "label";
        var select = root.TryGetProperty("select", out var s) ? SelectMetric(json, s) : MetricName.Auc;
        return new EvaluationConfig(
            label,
            root.TryGetProperty("gates", out var gates) ? Gates(json, gates) : [],
            root.TryGetProperty("slices", out var slices) ? Slices(json, slices) : null,
            select,
            root.TryGetProperty("champion", out var champion) ? Champion(json, champion) : null)
        {
            Source = path,
        };
    }

    private static List<MetricGate> Gates(JsonFields json, JsonElement gates)
    {
        json.Object(gates, "gates", null);
        var result = new List<MetricGate>();
        foreach (var gate in gates.EnumerateObject())
        {
            var field = $"gates.{gate.Name}";
            var metric = json.Metric(gate.Name, field);
            json.Object(gate.Value, field, ["min", "max"]);
            var min = json.OptionalNumber(gate.Value, "min", field);
            var max = json.OptionalNumber(gate.Value, "max", field);
            if (min is null && max is null)
            {
                throw json.Error($"{field} needs \"min\" or \"max\"");
            }

            if (min > max)
            {
                throw json.Error($"{field}.min ({min}) is above {field}.max ({max})");
            }

            result.Add(new MetricGate(metric, min, max));
        }

        return result;
    }

    private static SliceRules Slices(JsonFields json, JsonElement slices)
    {
        json.Object(slices, "slices", ["columns", "maxGap", "minRows"]);
        var columns = json.StringList(slices, "columns", "slices");
        var maxGap = new Dictionary<string, double>(StringComparer.Ordinal);
        if (slices.TryGetProperty("maxGap", out var gaps))
        {
            json.Object(gaps, "slices.maxGap", null);
            foreach (var gap in gaps.EnumerateObject())
            {
                var field = $"slices.maxGap.{gap.Name}";
                var metric = json.Metric(gap.Name, field);
                maxGap[metric] = json.NonNegative(gap.Value, field);
            }
        }

        var minRows = DefaultMinRows;
        if (slices.TryGetProperty("minRows", out var rows))
        {
            if (rows.ValueKind != JsonValueKind.Number || !rows.TryGetInt32(out minRows) || minRows < 1)
            {
                throw json.Error("slices.minRows must be a whole number of at least 1");
            }
        }

        return new SliceRules(columns, maxGap, minRows);
    }

    private static string SelectMetric(JsonFields json, JsonElement select)
    {
        json.Object(select, "select", ["metric"]);
        return json.Metric(json.RequiredString(select, "metric", "select"), "select.metric");
    }

    private static ChampionRule Champion(JsonFields json, JsonElement champion)
    {
        json.Object(champion, "champion", ["metrics", "metric", "tolerance"]);
        var metricsPath = json.RequiredString(champion, "metrics", "champion");
        var metric = json.Metric(json.RequiredString(champion, "metric", "champion"), "champion.metric");
        var tolerance = champion.TryGetProperty("tolerance", out var t) ? json.NonNegative(t, "champion.tolerance") : 0;
        return new ChampionRule(metricsPath, metric, tolerance);
    }
}
