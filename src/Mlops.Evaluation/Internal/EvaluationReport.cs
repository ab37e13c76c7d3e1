using System.Text;

namespace Mlops.Evaluation.Internal;

/// <summary>
/// evaluation.md: the decision first (chosen model or why none, champion verdict), then metrics, gates, slices and,
/// in the file version, the curves as images beside it.
/// </summary>
internal static class EvaluationReport
{
    public static string Render(EvaluationResult result, bool withImages)
    {
        var md = new StringBuilder();
        md.Append("# Model evaluation\n\n");
        md.Append(result.Chosen is { } chosen
            ? $"**Chosen: {Cell(chosen)}**, the best {result.SelectMetric} among the candidates that passed every gate.\n\n"
            : $"**No model chosen.** {Cell(result.FailureReason ?? "")}\n\n");
        md.Append($"Champion: {result.ChampionVerdict}.\n\n");
        Metrics(md, result);
        Gates(md, result);
        Slices(md, result);
        if (withImages)
        {
            md.Append("## Curves\n\n");
            md.Append($"![ROC curve of every candidate]({CurvePlots.RocFile})\n\n");
            md.Append($"![Precision-recall curve of every candidate]({CurvePlots.PrecisionRecallFile})\n");
        }

        return md.ToString().TrimEnd('\n') + "\n";
    }

    private static void Metrics(StringBuilder md, EvaluationResult result)
    {
        md.Append("## Metrics\n\n");
        md.Append("| Candidate | Rows | Accuracy | AUC | F1 | Precision | Recall | Log-loss | TP | FP | TN | FN | Gates |\n");
        md.Append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        foreach (var candidate in result.Candidates)
        {
            var (m, c) = (candidate.Metrics, candidate.Metrics.Confusion);
            md.Append($"| {Name(candidate, result)} | {Numbers.Count(m.Rows)} | {Numbers.Fixed(m.Accuracy)} | {Numbers.Fixed(m.Auc)} | ")
              .Append($"{Numbers.Fixed(m.F1)} | {Numbers.Fixed(m.Precision)} | {Numbers.Fixed(m.Recall)} | {Numbers.Fixed(m.LogLoss)} | ")
              .Append($"{Numbers.Count(c.TruePositives)} | {Numbers.Count(c.FalsePositives)} | {Numbers.Count(c.TrueNegatives)} | ")
              .Append($"{Numbers.Count(c.FalseNegatives)} | {(candidate.Passed ? "passed" : "failed")} |\n");
        }

        md.Append("\nLog-loss is in bits, from the calibrated probability; the confusion counts take label 1 as positive.\n\n");
    }

    private static void Gates(StringBuilder md, EvaluationResult result)
    {
        md.Append("## Gates\n\n");
        if (result.Candidates.All(c => c.Gates.Count == 0))
        {
            md.Append("No gates configured.\n\n");
            return;
        }

        md.Append("| Candidate | Gate | Expected | Observed | Result | Note |\n|---|---|---|---:|---|---|\n");
        foreach (var candidate in result.Candidates)
        {
            foreach (var gate in candidate.Gates)
            {
                md.Append($"| {Cell(candidate.Name)} | {Cell(gate.Gate)} | {Cell(gate.Threshold is null ? "" : gate.Expected)} | ")
                  .Append($"{(gate.Observed is { } observed ? Numbers.Fixed(observed) : "n/a")} | {(gate.Passed ? "pass" : "**FAIL**")} | {Cell(gate.Note ?? "")} |\n");
            }
        }

        md.Append('\n');
    }

    private static void Slices(StringBuilder md, EvaluationResult result)
    {
        if (result.Candidates.All(c => c.Metrics.Slices.Count == 0))
        {
            return;
        }

        md.Append("## Slices\n\n");
        foreach (var candidate in result.Candidates)
        {
            foreach (var column in candidate.Metrics.Slices)
            {
                md.Append($"### {Cell(candidate.Name)} by {Cell(column.Column)}\n\n");
                md.Append($"Largest gaps between values with at least {column.MinRows} rows:\n\n");
                md.Append("| Metric | Gap | Highest | Lowest |\n|---|---:|---|---|\n");
                foreach (var gap in column.Gaps.OrderByDescending(g => g.Gap))
                {
                    md.Append($"| {gap.Metric} | {Numbers.Fixed(gap.Gap)} | {Cell(gap.HighestValue)} {Numbers.Fixed(gap.Highest)} | ")
                      .Append($"{Cell(gap.LowestValue)} {Numbers.Fixed(gap.Lowest)} |\n");
                }

                md.Append($"\n| {Cell(column.Column)} | Rows | Accuracy | AUC | F1 | Precision | Recall | Log-loss |\n")
                  .Append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
                foreach (var slice in column.Values)
                {
                    var few = slice.Rows < column.MinRows ? " (too few rows for gaps)" : "";
                    md.Append($"| {Cell(slice.Value)}{few} | {Numbers.Count(slice.Rows)} | {Numbers.Fixed(slice.Accuracy)} | ")
                      .Append($"{Numbers.Fixed(slice.Auc)} | {Numbers.Fixed(slice.F1)} | {Numbers.Fixed(slice.Precision)} | ")
                      .Append($"{Numbers.Fixed(slice.Recall)} | {Numbers.Fixed(slice.LogLoss)} |\n");
                }

                md.Append('\n');
            }
        }
    }

    private static string Name(CandidateEvaluation candidate, EvaluationResult result) =>
        candidate.Name == result.Chosen ? $"**{Cell(candidate.Name)}** (chosen)" : Cell(candidate.Name);

    // A value holding '|' would split a table cell; a newline would end the row.
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');
}
