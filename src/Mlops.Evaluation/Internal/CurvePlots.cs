using ScottPlot;

namespace Mlops.Evaluation.Internal;

/// <summary>ROC and precision-recall plots, one labelled curve per candidate, as PNG bytes.</summary>
internal static class CurvePlots
{
    public const string RocFile = "roc.png";
    public const string PrecisionRecallFile = "precision-recall.png";
    private const int Width = 900;
    private const int Height = 700;

    public static byte[] Roc(IReadOnlyList<CandidateEvaluation> candidates)
    {
        var plot = NewPlot("ROC curve", "False positive rate", "True positive rate");
        foreach (var candidate in candidates)
        {
            var roc = candidate.Metrics.Curves.Roc;
            var line = plot.Add.ScatterLine(roc.Select(p => p.FalsePositiveRate).ToArray(), roc.Select(p => p.TruePositiveRate).ToArray());
            Style(line, $"{candidate.Name} (AUC {Numbers.Fixed(candidate.Metrics.Auc)})");
        }

        var chance = plot.Add.Line(0, 0, 1, 1);
        chance.LinePattern = LinePattern.Dashed;
        chance.Color = Colors.Gray;
        chance.LegendText = "chance";
        plot.ShowLegend(Alignment.LowerRight);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    public static byte[] PrecisionRecall(IReadOnlyList<CandidateEvaluation> candidates)
    {
        var plot = NewPlot("Precision-recall curve", "Recall", "Precision");
        foreach (var candidate in candidates)
        {
            var curve = candidate.Metrics.Curves;
            var points = curve.PrecisionRecall;
            var line = plot.Add.ScatterLine(points.Select(p => p.Recall).ToArray(), points.Select(p => p.Precision).ToArray());
            Style(line, $"{candidate.Name} (average precision {Numbers.Fixed(curve.AveragePrecision)})");
        }

        // A classifier that guesses has precision equal to the share of positives, whatever its recall.
        var positives = candidates[0].Metrics.Confusion;
        var baseRate = (double)(positives.TruePositives + positives.FalseNegatives) / positives.Total;
        var chance = plot.Add.HorizontalLine(baseRate);
        chance.LinePattern = LinePattern.Dashed;
        chance.Color = Colors.Gray;
        chance.LegendText = $"chance (share of positives {Numbers.Fixed(baseRate)})";
        plot.ShowLegend(Alignment.LowerLeft);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    private static Plot NewPlot(string title, string x, string y)
    {
        var plot = new Plot();
        plot.Title(title);
        plot.XLabel(x);
        plot.YLabel(y);
        plot.Axes.SetLimits(0, 1, 0, 1.02);
        return plot;
    }

    private static void Style(ScottPlot.Plottables.Scatter line, string label)
    {
        line.LegendText = label;
        line.LineWidth = 2;
        line.MarkerSize = 0;
    }
}
