using Mlops.Evaluation.Internal;
using Mlops.Testing;

namespace Mlops.Evaluation.Tests;

[Collection(WithTrainedCandidates.Name)]
public sealed class MeasuringCandidates(TrainedCandidates trained)
{
    [Fact]
    public void A_good_lightgbm_model_scores_plausibly_on_the_real_test_file()
    {
        var lightgbm = trained.Sliced.Candidate("lightgbm").Metrics;

        Assert.Equal(SharedAdultData.TestRows, lightgbm.Rows);
        Assert.InRange(lightgbm.Accuracy, 0.85, 0.90);
        Assert.InRange(lightgbm.Auc, 0.90, 0.95);
        Assert.InRange(lightgbm.F1, 0.6, 0.8);
        Assert.InRange(lightgbm.Precision, 0.6, 0.9);
        Assert.InRange(lightgbm.Recall, 0.5, 0.8);
        Assert.InRange(lightgbm.LogLoss, 0.3, 0.5); // bits; always guessing the 23.6 % base rate costs 0.79
    }

    [Fact]
    public void The_logistic_regression_is_plausible_and_behind_lightgbm()
    {
        var logistic = trained.Sliced.Candidate("logistic").Metrics;
        var lightgbm = trained.Sliced.Candidate("lightgbm").Metrics;

        Assert.InRange(logistic.Accuracy, 0.82, 0.88);
        Assert.InRange(logistic.Auc, 0.88, 0.92);
        Assert.True(logistic.Auc < lightgbm.Auc, $"logistic AUC {logistic.Auc} should trail lightgbm's {lightgbm.Auc}");
    }

    [Fact]
    public void The_confusion_matrix_accounts_for_every_row_and_agrees_with_the_metrics()
    {
        foreach (var candidate in trained.Sliced.Candidates)
        {
            var (m, c) = (candidate.Metrics, candidate.Metrics.Confusion);

            Assert.Equal(m.Rows, c.Total);
            Assert.Equal(3_846, c.TruePositives + c.FalseNegatives); // the positives in test.csv (README: 23.6 %)
            Assert.Equal(m.Accuracy, (double)(c.TruePositives + c.TrueNegatives) / c.Total, 1e-9);
            Assert.Equal(m.Precision, (double)c.TruePositives / (c.TruePositives + c.FalsePositives), 1e-9);
            Assert.Equal(m.Recall, (double)c.TruePositives / (c.TruePositives + c.FalseNegatives), 1e-9);
        }
    }

    [Fact]
    public void The_roc_curve_from_the_probabilities_gives_the_auc_ml_net_reports()
    {
        foreach (var candidate in trained.Sliced.Candidates)
        {
            var curves = candidate.Metrics.Curves;

            Assert.Equal(candidate.Metrics.Auc, curves.Auc, 1e-3);
            Assert.Equal((0.0, 0.0), (curves.Roc[0].FalsePositiveRate, curves.Roc[0].TruePositiveRate));
            Assert.Equal((1.0, 1.0), (curves.Roc[^1].FalsePositiveRate, curves.Roc[^1].TruePositiveRate));
            Assert.Equal(1.0, curves.PrecisionRecall[^1].Recall);
            Assert.Equal(0.2362, curves.PrecisionRecall[^1].Precision, 1e-4); // everything positive: precision is the base rate
            Assert.InRange(curves.AveragePrecision, 0.6, 0.9);
        }
    }

    [Fact]
    public void Metrics_are_looked_up_by_their_config_names_in_any_case()
    {
        var metrics = trained.Sliced.Candidate("lightgbm").Metrics;

        Assert.Equal(metrics.Auc, metrics.Metric("auc"));
        Assert.Equal(metrics.LogLoss, metrics.Metric("LOGLOSS"));
        var error = Assert.Throws<ArgumentException>(() => metrics.Metric("roc"));
        Assert.Contains("'roc' is not a metric", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Own_metrics_on_all_rows_agree_with_ml_net()
    {
        // The slices use our own arithmetic; on the whole test set it must give ML.NET's numbers.
        var rows = ScoredRowsOf(trained.LightGbm);
        var ours = RowMetrics.Slice("all", rows, [.. Enumerable.Range(0, rows.Count)]);
        var mlNet = trained.Sliced.Candidate("lightgbm").Metrics;

        Assert.Equal(mlNet.Accuracy, ours.Accuracy, 1e-9);
        Assert.Equal(mlNet.Precision, ours.Precision, 1e-9);
        Assert.Equal(mlNet.Recall, ours.Recall, 1e-9);
        Assert.Equal(mlNet.F1, ours.F1, 1e-9);
        Assert.Equal(mlNet.LogLoss, ours.LogLoss, 1e-6);
        Assert.Equal(mlNet.Auc, ours.Auc, 1e-3);
    }

    private static ScoredRows ScoredRowsOf(CandidateModel candidate)
    {
        var config = Configs.WithGates();
        return new CandidateScorer(new Microsoft.ML.MLContext(seed: 0), config, TestCsv.Open(SharedAdultData.Test)).Score(candidate).Rows;
    }
}
