using Mlops.Evaluation.Internal;
using Mlops.Testing;

namespace Mlops.Evaluation.Tests;

[Collection(WithTrainedCandidates.Name)]
public sealed class ShippingWithTheRealConfig(TrainedCandidates trained) : IDisposable
{
    private readonly TemporaryFolder _repository = new();

    public void Dispose() => _repository.Dispose();

    [Fact]
    public void A_good_lightgbm_model_passes_every_gate_of_configs_evaluation_json_on_the_first_run()
    {
        var config = EvaluationConfig.Read(RepositoryRoot.File("configs/evaluation.json"));
        var champion = ChampionMetrics.ReadIfExists(Path.Combine(_repository.Path, config.Champion!.MetricsPath));

        var result = new ModelEvaluator(config).Evaluate(trained.Both, SharedAdultData.Test, champion);

        var lightgbm = result.Candidate("lightgbm");
        Assert.True(lightgbm.Passed, lightgbm.Failures);
        Assert.Equal("lightgbm", result.Chosen);
        Assert.Equal("first run: no champion yet", result.ChampionVerdict);
        Assert.Contains(lightgbm.Gates, g => g.Gate == "slice gap accuracy by race");
        Assert.Contains(lightgbm.Gates, g => g.Gate == "slice gap auc by sex");
    }

    [Fact]
    public void A_model_that_always_says_no_fails_the_slice_gap_on_sex()
    {
        // The shipped bound must mean something: guessing the majority is right for 0.70 of men and 0.89 of women.
        var config = EvaluationConfig.Read(RepositoryRoot.File("configs/evaluation.json"));
        var rows = AlwaysNo(File.ReadLines(SharedAdultData.Test).Skip(1).Select(line => line.Split(',')).ToList());
        var all = RowMetrics.Slice("all", rows, [.. Enumerable.Range(0, rows.Count)]);
        var metrics = new CandidateMetrics(rows.Count, all.Accuracy, all.Auc, all.F1, all.Precision, all.Recall, all.LogLoss,
            new ConfusionMatrix(0, 0, rows.Labels.Count(l => !l), rows.Labels.Count(l => l)),
            SliceAnalysis.Measure(rows, config.Slices), CurveBuilder.Build(rows.Labels, rows.Probabilities));

        var gates = new GateChecks(config, champion: null).Check(metrics);

        var sexGap = gates.Single(g => g.Gate == "slice gap accuracy by sex");
        Assert.False(sexGap.Passed);
        Assert.Equal(0.19, sexGap.Observed!.Value, 0.01);
    }

    /// <summary>The real test rows scored by a constant classifier: probability 0.1, predicted 0.</summary>
    private static ScoredRows AlwaysNo(List<string[]> cells) =>
        new([.. cells.Select(c => c[14] == "1")], [.. cells.Select(_ => 0.1f)], [.. cells.Select(_ => false)],
            new Dictionary<string, string[]> { ["sex"] = [.. cells.Select(c => c[9])], ["race"] = [.. cells.Select(c => c[8])] });
}
