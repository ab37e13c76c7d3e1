namespace Mlops.Evaluation;

/// <summary>
/// The metrics a config can name (gates, slice gaps, selection, champion), spelled as in configs and metrics.json.
/// </summary>
internal static class MetricName
{
    public const string Accuracy = "accuracy";
    public const string Auc = "auc";
    public const string F1 = "f1";
    public const string Precision = "precision";
    public const string Recall = "recall";
    public const string LogLoss = "logLoss";

    public static IReadOnlyList<string> All { get; } = [Accuracy, Auc, F1, Precision, Recall, LogLoss];

    /// <summary>Log-loss is a cost; every other metric is a score.</summary>
    public static bool IsLowerBetter(string metric) => string.Equals(metric, LogLoss, StringComparison.OrdinalIgnoreCase);

    /// <summary>The canonical spelling of <paramref name="metric"/> (case-insensitive), or null when it is not one.</summary>
    public static string? Find(string metric) =>
        All.FirstOrDefault(known => string.Equals(known, metric, StringComparison.OrdinalIgnoreCase));

    /// <summary>True when <paramref name="candidate"/> is strictly better than <paramref name="other"/> on <paramref name="metric"/>.</summary>
    public static bool IsBetter(string metric, double candidate, double other) =>
        IsLowerBetter(metric) ? candidate < other : candidate > other;
}
