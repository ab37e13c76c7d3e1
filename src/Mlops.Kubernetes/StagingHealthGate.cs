using Mlops.Kubernetes.Internal;

namespace Mlops.Kubernetes;

/// <summary>
/// Whether the cluster says staging runs a release, before it may go to production: the staging Application Synced to
/// the staging commit and Healthy, its Rollout Healthy (as Argo CD judges a Rollout) with the release's image digest
/// in its pod template. It looks again while things move (Progressing, OutOfSync, synced to another commit, no health
/// yet), up to <see cref="Timeout"/>; it refuses at once on Degraded or Suspended, and on a Rollout that runs another
/// image after the sync. Every refusal is one line: the object, its status and message.
/// </summary>
public sealed class StagingHealthGate(ClusterConnection cluster)
{
    public string Application { get; init; } = "mlops-staging";

    public string ApplicationNamespace { get; init; } = "argocd";

    public string Rollout { get; init; } = "mlops-serving";

    public string RolloutNamespace { get; init; } = "mlops-staging";

    /// <summary>How long staging may take to become healthy before the gate gives up.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>The pause between looks.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(10);

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>
    /// Looks until staging runs <paramref name="imageDigest"/> healthily and returns the verdict in one line
    /// ("passed: Application … Synced to 1a2b3c4 and Healthy; Rollout … Healthy running sha256:…"), or throws
    /// <see cref="HealthGateException"/> (refused) or <see cref="ClusterException"/> (the cluster could not be asked).
    /// </summary>
    /// <param name="isStagingRevision">
    /// Whether a commit Argo CD synced is the staging commit, or a later one with the same staging overlay. Asked once
    /// per commit.
    /// </param>
    public async Task<string> JudgeAsync(string imageDigest, Func<string, bool> isStagingRevision, IProgress<string>? progress = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(imageDigest);
        ArgumentNullException.ThrowIfNull(isStagingRevision);
        var application = ArgoObjectName.Application(ApplicationNamespace, Application);
        var rollout = ArgoObjectName.Rollout(RolloutNamespace, Rollout);
        var judged = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        bool IsStaging(string? revision) => revision is not null && (judged.TryGetValue(revision, out var known) ? known : judged[revision] = isStagingRevision(revision));

        var deadline = Clock.GetUtcNow() + Timeout;
        string? lastSaid = null;
        while (true)
        {
            var app = ApplicationState.Of(await cluster.ReadAsync(application, cancellation).ConfigureAwait(false));
            var runs = RolloutState.Of(await cluster.ReadAsync(rollout, cancellation).ConfigureAwait(false));
            var staging = new StagingSnapshot(application, app, IsStaging(app.Revision), rollout, runs, imageDigest);
            if (staging.Passed)
            {
                return $"passed: {staging}";
            }

            if (staging.Refusal is { } refusal)
            {
                throw new HealthGateException($"Health gate refused: {refusal}.");
            }

            var left = deadline - Clock.GetUtcNow();
            if (left <= TimeSpan.Zero)
            {
                throw new HealthGateException($"Health gate refused: staging did not become healthy within {Say(Timeout)}; last seen: {staging}.");
            }

            var line = staging.ToString();
            if (line != lastSaid)
            {
                progress?.Report($"Waiting for staging (up to {Say(left)} more): {line}");
                lastSaid = line;
            }

            await Task.Delay(PollInterval < left ? PollInterval : left, Clock, cancellation).ConfigureAwait(false);
        }
    }

    private static string Say(TimeSpan span) =>
        span < TimeSpan.FromSeconds(1) ? $"{span.TotalMilliseconds:0} ms"
        : span < TimeSpan.FromMinutes(1) ? $"{span.TotalSeconds:0.#} s"
        : $"{(int)span.TotalMinutes} min{(span.Seconds == 0 ? "" : $" {span.Seconds} s")}";
}
