using System.Text.Json.Nodes;
using Mlops.Kubernetes.Internal;

namespace Mlops.Kubernetes;

/// <summary>
/// An Argo Rollouts AnalysisRun's health as Argo CD judges it (its health script for argoproj.io/AnalysisRun, argo-cd
/// v3.5.1): running is Progressing, successful Healthy, failed or in error Degraded, inconclusive Unknown — each with
/// the run's own message when it has one.
/// </summary>
public static class AnalysisRunHealth
{
    public static ResourceHealth Of(JsonObject analysisRun) => ArgoHealthScript.Run(analysisRun, Judge);

    private static ResourceHealth Judge(ScriptValue run)
    {
        var status = run["status"];
        if (status.IsNil)
        {
            return new ResourceHealth(HealthStatus.Progressing, "Waiting for analysis run to finish: status has not been reconciled.");
        }

        var message = status["message"];
        ResourceHealth Said(HealthStatus health, string otherwise) =>
            ArgoHealthScript.Returned(ScriptValue.Of(health.ToString()), message.IsNil ? ScriptValue.Of(otherwise) : message);

        return status["phase"].Text switch
        {
            "Pending" or "Running" => new ResourceHealth(HealthStatus.Progressing, "Analysis run is running"),
            "Successful" => Said(HealthStatus.Healthy, "Analysis run completed successfully"),
            "Failed" => Said(HealthStatus.Degraded, "Analysis run failed"),
            "Error" => Said(HealthStatus.Degraded, "Analysis run had an error"),
            "Inconclusive" => Said(HealthStatus.Unknown, "Analysis run was inconclusive"),

            // The script returns no status for any other phase, and Argo CD shows none; for a gate that is not knowing.
            var phase => new ResourceHealth(HealthStatus.Unknown, $"no health for an AnalysisRun in phase '{phase ?? "(none)"}'"),
        };
    }
}
