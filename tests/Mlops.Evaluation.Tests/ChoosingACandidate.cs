using Mlops.Testing;

namespace Mlops.Evaluation.Tests;

[Collection(WithTrainedCandidates.Name)]
public sealed class ChoosingACandidate(TrainedCandidates trained)
{
    [Fact]
    public void The_best_by_the_select_metric_is_chosen_when_all_pass()
    {
        var result = trained.Sliced;

        Assert.Equal("lightgbm", result.Chosen);
        Assert.Same(result.Candidate("lightgbm"), result.ChosenCandidate);
    }

    [Fact]
    public void A_better_candidate_that_fails_a_gate_is_passed_over_for_one_that_passes()
    {
        var aucs = trained.Sliced.Candidates.ToDictionary(c => c.Name, c => c.Metrics.Auc);
        Assert.True(aucs["logistic"] < 0.92 && aucs["lightgbm"] > 0.92, "the premise: only lightgbm is above 0.92");

        var result = new ModelEvaluator(Configs.SelectingBy(MetricName.Auc, new MetricGate(MetricName.Auc, null, 0.92)))
            .Evaluate(trained.Both, SharedAdultData.Test, null);

        Assert.Equal("logistic", result.Chosen);
        Assert.False(result.Candidate("lightgbm").Passed);
    }

    [Fact]
    public void Selecting_by_log_loss_picks_the_lowest()
    {
        var result = new ModelEvaluator(Configs.SelectingBy(MetricName.LogLoss)).Evaluate(trained.Both, SharedAdultData.Test, null);

        var lowest = result.Candidates.MinBy(c => c.Metrics.LogLoss)!.Name;
        Assert.Equal(lowest, result.Chosen);
    }

    [Fact]
    public void Candidates_are_reported_in_the_order_given()
    {
        var result = new ModelEvaluator(Configs.WithGates()).Evaluate([trained.Logistic, trained.LightGbm], SharedAdultData.Test, null);

        Assert.Equal(["logistic", "lightgbm"], result.Candidates.Select(c => c.Name));
        Assert.Equal("lightgbm", result.Chosen);
    }
}
