using System.Text.Json;
using System.Text.Json.Nodes;
using Mlops.Kubernetes.Internal;

namespace Mlops.Kubernetes;

/// <summary>
/// An Argo Rollout as the health gate sees it: its health as Argo CD judges it, whether the controller has seen its
/// current spec, the images its pod template runs, and whether a pause it is in ends by itself.
/// </summary>
public sealed record RolloutState(ResourceHealth Health, bool IsSpecObserved, IReadOnlyList<string> Images, bool PauseEndsByItself)
{
    public static RolloutState Of(JsonObject rollout)
    {
        ArgumentNullException.ThrowIfNull(rollout);
        var containers = rollout["spec"]?["template"]?["spec"]?["containers"] as JsonArray ?? [];
        var images = containers.Select(c => JsonFields.Text(c?["image"])).OfType<string>();
        return new RolloutState(RolloutHealth.Of(rollout), RolloutHealth.IsSpecObserved(rollout), [.. images], IsTimedCanaryPause(rollout));
    }

    /// <summary>Whether a container of the pod template runs an image pinned by <paramref name="digest"/>.</summary>
    public bool Runs(string digest) => Images.Any(image => image.EndsWith($"@{digest}", StringComparison.Ordinal));

    public override string ToString() => Health.ToString();

    /// <summary>
    /// A canary step <c>pause: {duration: …}</c> makes Argo CD say Suspended, yet the controller resumes the rollout
    /// when the time is up: only pauses of that step, with nobody's pause on top (spec.paused, an inconclusive
    /// analysis), end by themselves.
    /// </summary>
    private static bool IsTimedCanaryPause(JsonObject rollout)
    {
        var status = rollout["status"];
        var reasons = (status?["pauseConditions"] as JsonArray ?? []).Select(p => JsonFields.Text(p?["reason"])).ToList();
        if (reasons.Count == 0 || reasons.Any(r => r != "CanaryPauseStep") || rollout["spec"]?["paused"]?.GetValueKind() == JsonValueKind.True)
        {
            return false;
        }

        var steps = rollout["spec"]?["strategy"]?["canary"]?["steps"] as JsonArray;
        return JsonFields.Integer(status?["currentStepIndex"]) is { } at && steps is not null && at >= 0 && at < steps.Count
            && steps[(int)at]?["pause"]?["duration"] is not null;
    }
}
