using System.Text.Json.Nodes;
using Mlops.Kubernetes.Internal;

namespace Mlops.Kubernetes;

/// <summary>
/// An Argo Rollout's health as Argo CD judges it (its health script for argoproj.io/Rollout, argo-cd v3.5.1), so the
/// health gate and Argo CD never disagree: the same status for every Rollout, and a message with the same reason.
/// </summary>
public static class RolloutHealth
{
    public static ResourceHealth Of(JsonObject rollout) => ArgoHealthScript.Run(rollout, Judge);

    /// <summary>
    /// Whether the controller has seen the Rollout's current spec (and its workload's, for a workloadRef); until then
    /// the pod template is not what runs.
    /// </summary>
    public static bool IsSpecObserved(JsonObject rollout)
    {
        ArgumentNullException.ThrowIfNull(rollout);
        try
        {
            var resource = new ScriptValue(rollout);
            return IsGenerationObserved(resource) && IsWorkloadGenerationObserved(resource);
        }
        catch (ScriptFault)
        {
            return false;
        }
    }

    private static ResourceHealth Judge(ScriptValue rollout)
    {
        if (!IsGenerationObserved(rollout) || !IsWorkloadGenerationObserved(rollout))
        {
            return Progressing("Waiting for rollout spec update to be observed");
        }

        var status = rollout["status"];

        // Argo Rollouts 1.0 and later keep a phase and message of their own, which Argo CD shows as they are (Paused as Suspended).
        if (!status["phase"].IsNil)
        {
            var phase = status["phase"];
            return ArgoHealthScript.Returned(phase.Text == "Paused" ? ScriptValue.Of(nameof(HealthStatus.Suspended)) : phase, status["message"]);
        }

        // Older controllers: the first condition that says the spec is invalid, or the rollout aborted or ran out of time.
        foreach (var condition in status["conditions"].Items())
        {
            var (type, reason) = (condition["type"].Text, condition["reason"].Text);
            if (type == "InvalidSpec" || (type == "Progressing" && reason is "RolloutAborted" or "ProgressDeadlineExceeded"))
            {
                return ArgoHealthScript.Returned(ScriptValue.Of(nameof(HealthStatus.Degraded)), condition["message"]);
            }
        }

        if (status["pauseConditions"] is { IsNil: false } pauses && pauses.Length > 0 || rollout["spec"]["paused"].IsTruthy)
        {
            return new ResourceHealth(HealthStatus.Suspended, "Rollout is paused");
        }

        var podHash = status["currentPodHash"];
        if (podHash.IsNil)
        {
            return Progressing("Waiting for rollout to finish: status has not been reconciled.");
        }

        // Replicas: all updated first, then all of those available.
        var desired = NumberOr(rollout["spec"]["replicas"], 1);
        var current = NumberOr(status["replicas"], 0);
        var updated = NumberOr(status["updatedReplicas"], 0);
        var available = NumberOr(status["availableReplicas"], 0);
        if (updated.IsLessThan(desired))
        {
            return Progressing("Waiting for roll out to finish: More replicas need to be updated");
        }

        if (available.IsLessThan(updated))
        {
            return Progressing("Waiting for roll out to finish: updated replicas are still becoming available");
        }

        var stable = StableReplicaSet(status);
        var strategy = rollout["spec"]["strategy"];
        if (!strategy["blueGreen"].IsNil)
        {
            var blueGreen = status["blueGreen"];
            if (blueGreen.IsNil || !blueGreen["activeSelector"].Is(podHash))
            {
                return Progressing("active service cutover pending");
            }

            // Before v0.8 blue-green kept no stable ReplicaSet; none is no reason to wait.
            if (!stable.Is(ScriptValue.Of("")) && !stable.Is(podHash))
            {
                return Progressing("waiting for analysis to complete");
            }
        }
        else if (!strategy["canary"].IsNil)
        {
            if (updated.IsLessThan(current))
            {
                return Progressing("Waiting for roll out to finish: old replicas are pending termination");
            }

            if (stable.Is(ScriptValue.Of("")) || !stable.Is(podHash))
            {
                return Progressing("Waiting for rollout to finish steps");
            }
        }

        return new ResourceHealth(HealthStatus.Healthy, "");
    }

    /// <summary>
    /// From v0.10 status.observedGeneration is a number that must equal metadata.generation; before, it was a hash
    /// (no number) or a number above the generation, and always counts as observed.
    /// </summary>
    private static bool IsGenerationObserved(ScriptValue rollout)
    {
        var status = rollout["status"];
        if (status.IsNil)
        {
            return false;
        }

        var observed = status["observedGeneration"].ToNumber();
        if (observed.IsNil)
        {
            return true;
        }

        var generation = rollout["metadata"]["generation"];
        return generation.IsLessThan(observed) || observed.Is(generation);
    }

    /// <summary>From v1.1 a Rollout may take its pod template from a workload, whose generation must be observed too.</summary>
    private static bool IsWorkloadGenerationObserved(ScriptValue rollout)
    {
        var annotations = rollout["metadata"]["annotations"];
        if (rollout["spec"]["workloadRef"].IsNil || annotations.IsNil)
        {
            return true;
        }

        return annotations["rollout.argoproj.io/workload-generation"].ToNumber().Is(rollout["status"]["workloadObservedGeneration"].ToNumber());
    }

    /// <summary>v0.8 moved the stable ReplicaSet from status.canary.stableRS to status.stableRS; either will do.</summary>
    private static ScriptValue StableReplicaSet(ScriptValue status) =>
        !status["stableRS"].IsNil ? status["stableRS"]
        : !status["canary"].IsNil ? status["canary"]["stableRS"]
        : ScriptValue.Of("");

    private static ScriptValue NumberOr(ScriptValue value, double fallback) => value.IsNil ? ScriptValue.Of(fallback) : value;

    private static ResourceHealth Progressing(string message) => new(HealthStatus.Progressing, message);
}
