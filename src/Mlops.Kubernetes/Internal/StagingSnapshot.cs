namespace Mlops.Kubernetes.Internal;

/// <summary>
/// Staging at one look: the Application (and whether it is synced to the staging commit) and the Rollout, against the
/// digest staging should run. Says whether that is a pass, a reason to refuse at once, or a reason to look again.
/// </summary>
internal sealed record StagingSnapshot(ArgoObjectName ApplicationName, ApplicationState Application, bool AtStagingCommit,
    ArgoObjectName RolloutName, RolloutState Rollout, string Digest)
{
    private bool SyncedToStaging => Application.Sync == "Synced" && AtStagingCommit;

    public bool Passed => SyncedToStaging && Application.Health.Status == HealthStatus.Healthy
        && Rollout.Health.Status == HealthStatus.Healthy && Rollout.IsSpecObserved && Rollout.Runs(Digest);

    /// <summary>Why waiting longer cannot help, or null.</summary>
    public string? Refusal
    {
        get
        {
            // A timed canary pause reads Suspended too (and so does the Application, which takes its worst resource's
            // health), but the controller ends it; any other pause waits for a person.
            var timedPause = Rollout.Health.Status is HealthStatus.Suspended && Rollout.PauseEndsByItself;
            if (Application.Health.Status is HealthStatus.Degraded || (Application.Health.Status is HealthStatus.Suspended && !timedPause))
            {
                return $"{ApplicationName} is {Application.Health} ({Application.Sync}{At})";
            }

            if (Rollout.Health.Status is HealthStatus.Degraded || (Rollout.Health.Status is HealthStatus.Suspended && !timedPause))
            {
                return $"{RolloutName} is {Rollout.Health}";
            }

            // Before the sync the Rollout still runs the release before; after it, another image is a wrong overlay.
            return SyncedToStaging && Rollout.IsSpecObserved && !Rollout.Runs(Digest)
                ? $"{RolloutName} runs {Images}, not {Digest}, though Application {ApplicationName.Name} is Synced to the staging commit {ApplicationState.Short(Application.Revision!)}"
                : null;
        }
    }

    /// <summary>"Application mlops-staging Synced to 1a2b3c4 and Healthy; Rollout mlops-serving Healthy running sha256:…".</summary>
    public override string ToString()
    {
        var pause = Rollout.Health.Status is HealthStatus.Suspended && Rollout.PauseEndsByItself ? " (a timed canary pause)" : "";
        var observed = Rollout.IsSpecObserved ? "" : " (its spec not yet observed)";
        return $"Application {ApplicationName.Name} {Application.Sync}{At}{(Application.Revision is null || AtStagingCommit ? "" : " (not the staging commit)")} " +
            $"and {Application.Health}; Rollout {RolloutName.Name} {Rollout.Health}{pause}{observed} running {(Rollout.Runs(Digest) ? Digest : Images)}";
    }

    private string At => Application.Revision is { } revision ? $" to {ApplicationState.Short(revision)}" : "";

    private string Images => Rollout.Images.Count == 0 ? "no image" : string.Join(", ", Rollout.Images);
}
