using Mlops.Names;

namespace Mlops.Evaluation.Internal;

/// <summary>Reads configs/evaluation.json through the project's one reader, then checks what it means.</summary>
internal sealed class EvaluationConfigReader(string path)
{
    private const int DefaultMinRows = 30;

    public static EvaluationConfig Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new EvaluationConfigReader(path).Config(EvaluationFile.Read<EvaluationConfigJson>(path));
    }

    private EvaluationConfig Config(EvaluationConfigJson json) =>
        new(
            json.Label ?? "label",
            json.Gates is { } gates ? Gates(gates) : [],
            json.Slices is { } slices ? Slices(slices) : null,
            json.Select is { } select ? Metric(select.Metric, "select.metric") : MetricName.Auc,
            json.Champion is { } champion ? Champion(champion) : null)
        {
            Source = path,
        };

    private List<MetricGate> Gates(OrderedDictionary<string, GateJson> gates)
    {
        var result = new List<MetricGate>();
        foreach (var (name, gate) in gates)
        {
            var field = $"gates.{name}";
            var metric = Metric(name, field);
            if (gate.Min is null && gate.Max is null)
            {
                throw Error($"{field} needs \"min\" or \"max\"");
            }

            if (gate.Min > gate.Max)
            {
                throw Error($"{field}.min ({gate.Min}) is above {field}.max ({gate.Max})");
            }

            result.Add(new MetricGate(metric, gate.Min, gate.Max));
        }

        return result;
    }

    private SliceRules Slices(SlicesJson slices)
    {
        if (slices.Columns.Count == 0)
        {
            throw Error("slices.columns must be a non-empty list of column names");
        }

        var twice = slices.Columns.GroupBy(c => c, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw Error($"slices.columns names {twice.Key} twice");
        }

        var maxGap = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, gap) in slices.MaxGap ?? [])
        {
            var field = $"slices.maxGap.{name}";
            maxGap[Metric(name, field)] = NonNegative(gap, field);
        }

        var minRows = slices.MinRows ?? DefaultMinRows;
        return minRows >= 1
            ? new SliceRules(slices.Columns, maxGap, minRows)
            : throw Error("slices.minRows must be a whole number of at least 1");
    }

    private ChampionRule Champion(ChampionJson champion) =>
        new(champion.Metrics, Metric(champion.Metric, "champion.metric"), NonNegative(champion.Tolerance ?? 0, "champion.tolerance"));

    private double NonNegative(double value, string field) =>
        value >= 0 ? value : throw Error($"{field} must be a number of at least 0");

    /// <summary>The canonical metric name, or an error offering the near ones.</summary>
    private string Metric(string name, string field) =>
        MetricName.Find(name) ?? throw Error($"{field}: '{name}' is not a metric.{DidYouMean.OrKnown(name, MetricName.All)}");

    private EvaluationInputException Error(string problem) => new($"{path}: {problem}{(problem.EndsWith('?') || problem.EndsWith('.') ? "" : ".")}");
}
