using System.Globalization;
using Mlops.Testing;

namespace Mlops.Evaluation.Tests;

[Collection(WithTrainedCandidates.Name)]
public sealed class Gating(TrainedCandidates trained)
{
    [Fact]
    public void Candidates_meeting_every_gate_pass_and_each_gate_says_what_it_saw()
    {
        var config = Configs.WithGates(new MetricGate(MetricName.Accuracy, 0.80, null), new MetricGate(MetricName.LogLoss, null, 0.6));

        var result = new ModelEvaluator(config).Evaluate(trained.Both, SharedAdultData.Test, null);

        Assert.True(result.Passed);
        Assert.Null(result.FailureReason);
        var lightgbm = result.Candidate("lightgbm");
        Assert.All(result.Candidates, c => Assert.True(c.Passed));
        Assert.Equal([">= 0.8", "<= 0.6"], lightgbm.Gates.Select(g => g.Expected));
        Assert.Equal([lightgbm.Metrics.Accuracy, lightgbm.Metrics.LogLoss], lightgbm.Gates.Select(g => g.Observed!.Value));
    }

    [Fact]
    public void An_impossible_gate_fails_every_candidate_with_one_line_naming_candidate_metric_observed_and_threshold()
    {
        var config = Configs.WithGates(new MetricGate(MetricName.Auc, 0.99, null));

        var result = new ModelEvaluator(config).Evaluate(trained.Both, SharedAdultData.Test, null);

        var lightgbmAuc = Short(result.Candidate("lightgbm").Metrics.Auc);
        var logisticAuc = Short(result.Candidate("logistic").Metrics.Auc);
        Assert.False(result.Passed);
        Assert.Null(result.Chosen);
        Assert.Equal($"No candidate passed the gates: lightgbm: auc {lightgbmAuc} < 0.99; logistic: auc {logisticAuc} < 0.99",
            result.FailureReason);
    }

    [Fact]
    public void A_maximum_is_a_gate_too()
    {
        var config = Configs.WithGates(new MetricGate(MetricName.LogLoss, null, 0.1));

        var result = new ModelEvaluator(config).Evaluate([trained.LightGbm], SharedAdultData.Test, null);

        var gate = Assert.Single(result.Candidate("lightgbm").Gates);
        Assert.False(gate.Passed);
        Assert.Equal($"logLoss {Short(result.Candidate("lightgbm").Metrics.LogLoss)} > 0.1", gate.Failure);
    }

    [Fact]
    public void A_slice_gap_wider_than_allowed_fails_and_names_the_slices()
    {
        var config = Configs.WithSliceGap(MetricName.Accuracy, 0.05);

        var result = new ModelEvaluator(config).Evaluate([trained.LightGbm], SharedAdultData.Test, null);

        var gap = result.Candidate("lightgbm").Metrics.Slice("sex").Gap(MetricName.Accuracy)!;
        var gate = Assert.Single(result.Candidate("lightgbm").Gates);
        Assert.False(result.Passed);
        Assert.Equal(gap.Gap, gate.Observed);
        Assert.Equal(
            $"No candidate passed the gates: lightgbm: slice gap accuracy by sex {Short(gap.Gap)} > 0.05 " +
            $"(Female {Short(gap.Highest)} vs Male {Short(gap.Lowest)})",
            result.FailureReason);
    }

    [Fact]
    public void A_slice_gap_within_the_bound_passes()
    {
        var config = Configs.WithSliceGap(MetricName.Auc, 0.10);

        var result = new ModelEvaluator(config).Evaluate([trained.LightGbm], SharedAdultData.Test, null);

        var gate = Assert.Single(result.Candidate("lightgbm").Gates);
        Assert.True(gate.Passed);
        Assert.Equal("slice gap auc by sex", gate.Gate);
        Assert.Equal("<= 0.1", gate.Expected);
    }

    [Fact]
    public void A_counted_slice_that_cannot_define_the_metric_fails_the_gap_gate_naming_it()
    {
        // The real test file with every Amer-Indian-Eskimo row labelled 0: that slice has one class, so no AUC.
        using var folder = new TemporaryFolder();
        var lines = File.ReadAllLines(SharedAdultData.Test);
        var header = lines[0].Split(',');
        var (race, label) = (Array.IndexOf(header, "race"), Array.IndexOf(header, "label"));
        var test = folder.Write("test.csv", string.Join('\n', lines.Select((line, i) =>
        {
            var fields = line.Split(',');
            if (i > 0 && fields[race] == "Amer-Indian-Eskimo")
            {
                fields[label] = "0";
            }

            return string.Join(',', fields);
        })) + "\n");
        var config = Configs.WithSliceGap(MetricName.Auc, 0.5) with
        {
            Slices = new SliceRules(["race"], new Dictionary<string, double> { [MetricName.Auc] = 0.5 }, 100),
        };

        var result = new ModelEvaluator(config).Evaluate([trained.LightGbm], test, null);

        var gate = Assert.Single(result.Candidate("lightgbm").Gates);
        Assert.False(gate.Passed);
        Assert.Null(gate.Observed);
        Assert.Matches(@"^No candidate passed the gates: lightgbm: slice gap auc by race: auc is undefined for Amer-Indian-Eskimo \(\d+ rows\), so the gap cannot be bounded$",
            result.FailureReason);
    }

    [Fact]
    public void Values_that_would_read_the_same_get_more_decimals()
    {
        var gate = new GateResult("auc", 0.89996, GateBound.AtLeast, 0.9, false);

        Assert.Equal("auc 0.89996 < 0.9", gate.Failure);
    }

    private static string Short(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
