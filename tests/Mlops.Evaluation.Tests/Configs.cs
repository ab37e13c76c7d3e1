namespace Mlops.Evaluation.Tests;

/// <summary>Configs built in code for the tests; each says what it is for.</summary>
internal static class Configs
{
    public static EvaluationConfig SlicedBySexAndRace(int minRows = 30) =>
        new("label", [], new SliceRules(["sex", "race"], new Dictionary<string, double>(), minRows), MetricName.Auc, null);

    public static EvaluationConfig WithGates(params MetricGate[] gates) => new("label", gates, null, MetricName.Auc, null);

    public static EvaluationConfig WithSliceGap(string metric, double maxGap) =>
        new("label", [], new SliceRules(["sex"], new Dictionary<string, double> { [metric] = maxGap }, 30), MetricName.Auc, null);

    public static EvaluationConfig WithChampion(string metric = MetricName.Auc, double tolerance = 0.005) =>
        new("label", [], null, MetricName.Auc, new ChampionRule("champion.json", metric, tolerance));

    public static EvaluationConfig SelectingBy(string metric, params MetricGate[] gates) => new("label", gates, null, metric, null);
}
