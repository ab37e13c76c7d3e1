using Mlops.Files;

namespace Mlops.Evaluation;

/// <summary>
/// What an evaluation writes: metrics.json (beside the models in the build, artifacts/model/metrics.json) and the
/// reports folder with evaluation.md and its plots (artifacts/reports).
/// </summary>
/// <param name="metricsFolder">Where metrics.json goes: beside the models, so promotion finds the two together.</param>
/// <param name="reportsFolder">Where the report and its plots go.</param>
public sealed class EvaluationArtifacts(string metricsFolder, string reportsFolder)
{
    public const string MetricsFileName = "metrics.json";
    public const string ReportFileName = "evaluation.md";

    public string Metrics { get; } = Path.Combine(Path.GetFullPath(metricsFolder), MetricsFileName);

    public string Reports { get; } = Path.GetFullPath(reportsFolder);

    public string Report => Path.Combine(Reports, ReportFileName);

    /// <summary>The metrics file and the reports folder: what a build produces.</summary>
    public IReadOnlyList<string> All => [Metrics, Reports];

    /// <summary>Both, so that metrics or plots of an earlier run never stand beside a run that failed.</summary>
    public void Remove()
    {
        FileTree.Delete(Metrics);
        FileTree.Delete(Reports);
    }
}
