using Mlops.Testing;

namespace Mlops.Evaluation.Tests;

[Collection(WithTrainedCandidates.Name)]
public sealed class SlicingTheTestData(TrainedCandidates trained)
{
    [Fact]
    public void Slices_by_sex_and_race_cover_every_row_once()
    {
        var metrics = trained.Sliced.Candidate("lightgbm").Metrics;

        var sex = metrics.Slice("sex");
        var race = metrics.Slice("race");

        Assert.Equal(["Male", "Female"], sex.Values.Select(v => v.Value));
        Assert.Equal(["White", "Black", "Asian-Pac-Islander", "Amer-Indian-Eskimo", "Other"], race.Values.Select(v => v.Value));
        Assert.Equal(SharedAdultData.TestRows, sex.Values.Sum(v => v.Rows));
        Assert.Equal(SharedAdultData.TestRows, race.Values.Sum(v => v.Rows));
    }

    [Fact]
    public void Slice_metrics_weighted_by_rows_give_the_overall_ones()
    {
        var metrics = trained.Sliced.Candidate("lightgbm").Metrics;

        foreach (var column in metrics.Slices)
        {
            Assert.Equal(metrics.Accuracy, column.Values.Sum(v => v.Accuracy * v.Rows) / metrics.Rows, 1e-9);
            Assert.Equal(metrics.LogLoss, column.Values.Sum(v => v.LogLoss * v.Rows) / metrics.Rows, 1e-6);
        }
    }

    [Fact]
    public void The_largest_gap_per_metric_is_between_the_best_and_worst_slice()
    {
        var sex = trained.Sliced.Candidate("lightgbm").Metrics.Slice("sex");
        var (male, female) = (sex.Values.Single(v => v.Value == "Male"), sex.Values.Single(v => v.Value == "Female"));

        var accuracy = sex.Gap(MetricName.Accuracy)!;

        // Fewer women earn over 50K, so "no" is right more often for them: the classic base-rate gap.
        Assert.Equal(("Female", "Male"), (accuracy.HighestValue, accuracy.LowestValue));
        Assert.Equal(female.Accuracy - male.Accuracy, accuracy.Gap, 1e-12);
        Assert.Equal(MetricName.All, sex.Gaps.Select(g => g.Metric));
        Assert.All(sex.Gaps, g => Assert.True(g.Gap >= 0 && g.Highest - g.Lowest == g.Gap, g.ToString()));
    }

    [Fact]
    public void Slices_with_too_few_rows_are_reported_but_left_out_of_the_gaps()
    {
        var result = new ModelEvaluator(Configs.SlicedBySexAndRace(minRows: 200)).Evaluate([trained.LightGbm], SharedAdultData.Test, null);
        var race = result.Candidate("lightgbm").Metrics.Slice("race");

        var small = race.Values.Where(v => v.Rows < 200).Select(v => v.Value).ToList();
        var accuracy = race.Gap(MetricName.Accuracy)!;

        Assert.Equal(["Amer-Indian-Eskimo", "Other"], small);
        Assert.Equal(5, race.Values.Count);
        Assert.DoesNotContain(accuracy.HighestValue, small);
        Assert.DoesNotContain(accuracy.LowestValue, small);
    }
}
