using Mlops.Evaluation.Internal;

namespace Mlops.Evaluation.Tests;

public sealed class DrawingCurves
{
    [Fact]
    public void A_perfect_ranking_has_auc_one_and_a_reversed_one_zero()
    {
        bool[] labels = [true, true, false, false];

        var perfect = CurveBuilder.Build(labels, [0.9f, 0.8f, 0.2f, 0.1f]);
        var reversed = CurveBuilder.Build(labels, [0.1f, 0.2f, 0.8f, 0.9f]);

        Assert.Equal(1.0, perfect.Auc);
        Assert.Equal(0.0, reversed.Auc);
        Assert.Equal(1.0, perfect.AveragePrecision);
    }

    [Fact]
    public void Each_distinct_threshold_is_one_point_from_strictest_to_most_lenient()
    {
        var curves = CurveBuilder.Build([true, false, true, false], [0.9f, 0.8f, 0.7f, 0.1f]);

        Assert.Equal([(0, 0), (0, 0.5), (0.5, 0.5), (0.5, 1), (1, 1)],
            curves.Roc.Select(p => (p.FalsePositiveRate, p.TruePositiveRate)));
        Assert.Equal([(0, 1), (0.5, 1), (0.5, 0.5), (1, 2.0 / 3), (1, 0.5)],
            curves.PrecisionRecall.Select(p => (p.Recall, p.Precision)));
        Assert.Equal(0.75, curves.Auc, 1e-12);
        Assert.Equal((0.5 * 1) + (0.5 * 2.0 / 3), curves.AveragePrecision, 1e-12);
    }

    [Fact]
    public void Tied_probabilities_cross_the_threshold_together_and_count_half()
    {
        var curves = CurveBuilder.Build([true, false, true, false], [0.5f, 0.5f, 0.5f, 0.5f]);

        Assert.Equal(2, curves.Roc.Count);
        Assert.Equal(0.5, curves.Auc, 1e-12);
    }

    [Fact]
    public void A_curve_over_one_class_has_no_auc()
    {
        var curves = CurveBuilder.Build([false, false], [0.3f, 0.6f]);

        Assert.True(double.IsNaN(curves.Auc));
    }
}
