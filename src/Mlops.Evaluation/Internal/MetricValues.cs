namespace Mlops.Evaluation.Internal;

/// <summary>Looks a metric up by its config name among the six every metrics record carries.</summary>
internal static class MetricValues
{
    public static double Of(string metric, double accuracy, double auc, double f1, double precision, double recall, double logLoss) =>
        MetricName.Find(metric) switch
        {
            MetricName.Accuracy => accuracy,
            MetricName.Auc => auc,
            MetricName.F1 => f1,
            MetricName.Precision => precision,
            MetricName.Recall => recall,
            MetricName.LogLoss => logLoss,
            _ => throw new ArgumentException($"'{metric}' is not a metric (known: {string.Join(", ", MetricName.All)}).", nameof(metric)),
        };
}
