using Mlops.Evaluation.Internal;
using Mlops.Files;

namespace Mlops.Evaluation;

/// <summary>
/// The outcome of an evaluation: every candidate with its metrics and gates, the one chosen to ship (null when none
/// passed), why not when none was, and how the choice compares with production.
/// </summary>
/// <param name="FailureReason">One line, e.g. "No candidate passed the gates: lightgbm: auc 0.912 &lt; 0.92; …".</param>
/// <param name="ChampionVerdict">"first run: no champion yet", or "challenger lightgbm auc 0.929 vs champion 0.927 (tolerance 0.005): not worse".</param>
/// <param name="SelectMetric">The metric the choice was made by.</param>
public sealed record EvaluationResult(
    IReadOnlyList<CandidateEvaluation> Candidates,
    string? Chosen,
    string? FailureReason,
    string ChampionVerdict,
    string SelectMetric)
{
    public bool Passed => Chosen is not null;

    /// <summary>The chosen candidate's evaluation; null when none passed.</summary>
    public CandidateEvaluation? ChosenCandidate => Candidates.FirstOrDefault(c => c.Name == Chosen);

    public CandidateEvaluation Candidate(string name) =>
        Candidates.FirstOrDefault(c => c.Name == name) ??
        throw new ArgumentException($"No candidate named '{name}' (evaluated: {string.Join(", ", Candidates.Select(c => c.Name))}).", nameof(name));

    /// <summary>
    /// Writes metrics.json (atomically): the chosen model and its metrics at the top, in the champion file's shape so
    /// promotion can copy it to production, then every candidate's metrics, slices and gates, and the verdict.
    /// </summary>
    public void WriteMetrics(string metricsJsonPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(metricsJsonPath);
        AtomicFile.WriteText(metricsJsonPath, MetricsJson.Render(this));
    }

    /// <summary>Writes evaluation.md, roc.png and precision-recall.png into <paramref name="reportsDirectory"/>.</summary>
    public void WriteReport(string reportsDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reportsDirectory);
        AtomicFile.WriteBytes(Path.Combine(reportsDirectory, CurvePlots.RocFile), CurvePlots.Roc(Candidates));
        AtomicFile.WriteBytes(Path.Combine(reportsDirectory, CurvePlots.PrecisionRecallFile), CurvePlots.PrecisionRecall(Candidates));
        AtomicFile.WriteText(Path.Combine(reportsDirectory, EvaluationArtifacts.ReportFileName), EvaluationReport.Render(this, withImages: true));
    }

    /// <summary>Writes metrics.json and the report with its plots where <paramref name="artifacts"/> says.</summary>
    public void WriteTo(EvaluationArtifacts artifacts)
    {
        ArgumentNullException.ThrowIfNull(artifacts);
        WriteMetrics(artifacts.Metrics);
        WriteReport(artifacts.Reports);
    }

    /// <summary>Throws, with <see cref="FailureReason"/> as the message, unless a candidate was chosen.</summary>
    public void EnsurePassed()
    {
        if (!Passed)
        {
            throw new InvalidOperationException(FailureReason);
        }
    }

    /// <summary>The report without images, for a CI job summary or a pull-request comment.</summary>
    public string ToMarkdown() => EvaluationReport.Render(this, withImages: false);
}
