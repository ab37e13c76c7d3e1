using Mlops.Testing;

namespace Mlops.Evaluation.Tests;

[Collection(WithTrainedCandidates.Name)]
public sealed class ComparingWithTheChampion(TrainedCandidates trained) : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Without_a_champion_file_it_is_the_first_run_and_the_gate_passes_saying_so()
    {
        var champion = ChampionMetrics.ReadIfExists(_folder["k8s/overlays/production/model-metrics.json"]);

        var result = new ModelEvaluator(Configs.WithChampion()).Evaluate([trained.LightGbm], SharedAdultData.Test, champion);

        var gate = Assert.Single(result.Candidate("lightgbm").Gates);
        Assert.True(result.Passed);
        Assert.Equal("first run: no champion yet", result.ChampionVerdict);
        Assert.True(gate.Passed);
        Assert.Equal("first run: no champion yet", gate.Note);
    }

    [Fact]
    public void A_champion_far_better_fails_the_challenger_with_the_verdict()
    {
        var champion = Champion(MetricName.Auc, 0.99);

        var result = new ModelEvaluator(Configs.WithChampion()).Evaluate(trained.Both, SharedAdultData.Test, champion);

        var auc = Short(result.Candidate("lightgbm").Metrics.Auc);
        Assert.False(result.Passed);
        Assert.Equal($"challenger lightgbm auc {auc} vs champion 0.99 (tolerance 0.005): worse", result.ChampionVerdict);
        Assert.StartsWith($"No candidate passed the gates: lightgbm: champion auc {auc} < 0.985 (champion production 0.99, tolerance 0.005); ",
            result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_challenger_slightly_behind_but_within_the_tolerance_passes()
    {
        var auc = EvaluateLightGbm(Configs.WithGates()).Metrics.Auc;
        var champion = Champion(MetricName.Auc, auc + 0.004);

        var result = new ModelEvaluator(Configs.WithChampion()).Evaluate([trained.LightGbm], SharedAdultData.Test, champion);

        Assert.True(result.Passed);
        Assert.Equal("lightgbm", result.Chosen);
        Assert.Equal($"challenger lightgbm auc {Short(auc)} vs champion {Short(auc + 0.004)} (tolerance 0.005): not worse",
            result.ChampionVerdict);
    }

    [Fact]
    public void On_log_loss_lower_is_better()
    {
        var champion = Champion(MetricName.LogLoss, 0.2);

        var result = new ModelEvaluator(Configs.WithChampion(MetricName.LogLoss, 0.01)).Evaluate([trained.LightGbm], SharedAdultData.Test, champion);

        var gate = Assert.Single(result.Candidate("lightgbm").Gates);
        Assert.False(gate.Passed);
        Assert.Equal("<= 0.21", gate.Expected);
        Assert.EndsWith("vs champion 0.2 (tolerance 0.01): worse", result.ChampionVerdict, StringComparison.Ordinal);
    }

    [Fact]
    public void A_champion_file_without_the_compared_metric_is_named()
    {
        var path = _folder.Write("model-metrics.json", """{ "model": "old", "metrics": { "accuracy": 0.9 } }""");

        var error = Assert.Throws<EvaluationInputException>(() =>
            new ModelEvaluator(Configs.WithChampion()).Evaluate([trained.LightGbm], SharedAdultData.Test, ChampionMetrics.ReadIfExists(path)));

        Assert.Equal($"{path}: metrics.auc is missing; the champion gate compares auc.", error.Message);
    }

    private ChampionMetrics Champion(string metric, double value)
    {
        var path = _folder.Write("model-metrics.json",
            $$"""{ "model": "production", "metrics": { "{{metric}}": {{value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}} } }""");
        return ChampionMetrics.ReadIfExists(path)!;
    }

    private CandidateEvaluation EvaluateLightGbm(EvaluationConfig config) =>
        new ModelEvaluator(config).Evaluate([trained.LightGbm], SharedAdultData.Test, null).Candidate("lightgbm");

    private static string Short(double value) => value.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);
}
