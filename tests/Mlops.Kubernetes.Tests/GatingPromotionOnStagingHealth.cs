using System.Text.Json.Nodes;
using Mlops.Testing;

namespace Mlops.Kubernetes.Tests;

/// <summary>
/// The staging health gate against a loopback API server replaying real Argo objects (../shared/argo-health) through
/// KubernetesClient and a kubeconfig: it passes only a staging that Argo CD says is Synced to the staging commit and
/// Healthy, with the Rollout Healthy on the release's digest; it waits while things move and refuses with one line.
/// </summary>
public sealed class GatingPromotionOnStagingHealth : IDisposable
{
    private const string StagingCommit = "5d1f0e8a9b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e";
    private const string OldCommit = "0ld0c0mm1t0000000000000000000000000000aa";
    private const string Digest = "sha256:1111111111111111111111111111111111111111111111111111111111111111";
    private const string OldDigest = "sha256:2222222222222222222222222222222222222222222222222222222222222222";

    private static readonly string ApplicationPath = ReplayedCluster.PathOf("applications", "argocd", "mlops-staging");
    private static readonly string RolloutPath = ReplayedCluster.PathOf("rollouts", "mlops-staging", "mlops-serving");

    private readonly TemporaryFolder _folder = new();
    private readonly ReplayedCluster _cluster = new();
    private readonly List<string> _progress = [];
    private readonly List<string> _revisionsAsked = [];

    public void Dispose()
    {
        _cluster.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task Synced_to_the_staging_commit_and_healthy_passes()
    {
        _cluster.Replay(ApplicationPath, Application("application-healthy.yaml", StagingCommit));
        _cluster.Replay(RolloutPath, Rollout("canary_healthy_executedAllSteps.yaml", Digest));

        var verdict = await JudgeAsync();

        Assert.Equal($"passed: Application mlops-staging Synced to 5d1f0e8 and Healthy; Rollout mlops-serving Healthy running {Digest}", verdict);
    }

    [Fact]
    public async Task Progressing_then_healthy_waits_and_passes()
    {
        _cluster.Replay(ApplicationPath,
            Application("application-healthy.yaml", OldCommit, sync: "OutOfSync"),
            Application("application-healthy.yaml", StagingCommit));
        _cluster.Replay(RolloutPath,
            Rollout("canary_progressing_setWeightStep.yaml", Digest),
            Rollout("canary_progressing_noSteps.yaml", Digest),
            Rollout("canary_healthy_executedAllSteps.yaml", Digest));

        var verdict = await JudgeAsync();

        Assert.StartsWith("passed: ", verdict, StringComparison.Ordinal);
        Assert.Contains(_progress, p => p.Contains("Progressing: Waiting for roll out to finish: More replicas need to be updated", StringComparison.Ordinal));
        Assert.Contains(_progress, p => p.Contains("updated replicas are still becoming available", StringComparison.Ordinal));
        Assert.Contains(_progress, p => p.Contains("OutOfSync to 0ld0c0m (not the staging commit)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_degraded_rollout_is_refused_at_once_with_its_message()
    {
        _cluster.Replay(ApplicationPath, Application("application-healthy.yaml", StagingCommit));
        _cluster.Replay(RolloutPath, Rollout("degraded_abortedRollout.yaml", Digest));

        var refused = await Assert.ThrowsAsync<HealthGateException>(() => JudgeAsync());

        Assert.Equal("Health gate refused: Rollout mlops-serving in namespace mlops-staging is Degraded: Rollout is aborted.", refused.Message);
        Assert.Single(_cluster.Asked, RolloutPath);
    }

    [Fact]
    public async Task A_degraded_application_is_refused_at_once()
    {
        _cluster.Replay(ApplicationPath, Application("application-degraded.yaml", StagingCommit));
        _cluster.Replay(RolloutPath, Rollout("canary_healthy_executedAllSteps.yaml", Digest));

        var refused = await Assert.ThrowsAsync<HealthGateException>(() => JudgeAsync());

        Assert.Equal("Health gate refused: Application mlops-staging in namespace argocd is Degraded (Synced to 5d1f0e8).", refused.Message);
        Assert.Single(_cluster.Asked, ApplicationPath);
    }

    [Theory]
    [InlineData("suspended_v1.0_pausedRollout.yaml", "Suspended: CanaryPauseStep")]
    [InlineData("suspended_controllerPause.yaml", "Suspended: Rollout is paused")]
    public async Task A_rollout_paused_for_a_person_is_refused_at_once(string file, string health)
    {
        _cluster.Replay(ApplicationPath, Application("application-healthy.yaml", StagingCommit));
        _cluster.Replay(RolloutPath, Rollout(file, Digest));

        var refused = await Assert.ThrowsAsync<HealthGateException>(() => JudgeAsync());

        Assert.Equal($"Health gate refused: Rollout mlops-serving in namespace mlops-staging is {health}.", refused.Message);
        Assert.Single(_cluster.Asked, RolloutPath);
    }

    [Fact]
    public async Task A_timed_canary_pause_is_waited_out()
    {
        // Argo CD gives the Application its worst resource's health: Suspended while the Rollout pauses.
        _cluster.Replay(ApplicationPath,
            Application("application-healthy.yaml", StagingCommit, change: a => a["status"]!["health"]!["status"] = "Suspended"),
            Application("application-healthy.yaml", StagingCommit));
        _cluster.Replay(RolloutPath,
            Rollout("suspended_v1.0_pausedRollout.yaml", Digest, r => r["status"]!["currentStepIndex"] = 3),
            Rollout("canary_healthy_executedAllSteps.yaml", Digest));

        var verdict = await JudgeAsync();

        Assert.StartsWith("passed: ", verdict, StringComparison.Ordinal);
        Assert.Contains(_progress, p => p.Contains("Suspended: CanaryPauseStep (a timed canary pause)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_application_suspended_while_the_rollout_is_not_is_refused_at_once()
    {
        _cluster.Replay(ApplicationPath, Application("application-healthy.yaml", StagingCommit, change: a => a["status"]!["health"]!["status"] = "Suspended"));
        _cluster.Replay(RolloutPath, Rollout("canary_healthy_executedAllSteps.yaml", Digest));

        var refused = await Assert.ThrowsAsync<HealthGateException>(() => JudgeAsync());

        Assert.Equal("Health gate refused: Application mlops-staging in namespace argocd is Suspended (Synced to 5d1f0e8).", refused.Message);
    }

    [Fact]
    public async Task Progressing_past_the_timeout_is_refused_with_what_was_seen_last()
    {
        _cluster.Replay(ApplicationPath, Application("application-healthy.yaml", StagingCommit));
        _cluster.Replay(RolloutPath, Rollout("canary_progressing_setWeightStep.yaml", Digest));

        var refused = await Assert.ThrowsAsync<HealthGateException>(() => JudgeAsync(timeout: TimeSpan.FromMinutes(10), pollInterval: TimeSpan.FromMinutes(1)));

        Assert.Equal("Health gate refused: staging did not become healthy within 10 min; last seen: Application mlops-staging Synced to 5d1f0e8 and Healthy; " +
            $"Rollout mlops-serving Progressing: Waiting for roll out to finish: More replicas need to be updated running {Digest}.", refused.Message);
        Assert.Equal(11, _cluster.Asked.Count(p => p == RolloutPath)); // at once, then every minute up to the tenth
        Assert.Single(_progress); // the same state is said once
    }

    [Fact]
    public async Task Synced_to_an_old_commit_waits_then_is_refused()
    {
        // Before Argo CD syncs the staging commit the Rollout still runs the release before: no reason to refuse early.
        _cluster.Replay(ApplicationPath, Application("application-healthy.yaml", OldCommit));
        _cluster.Replay(RolloutPath, Rollout("canary_healthy_executedAllSteps.yaml", OldDigest));

        var refused = await Assert.ThrowsAsync<HealthGateException>(() => JudgeAsync(timeout: TimeSpan.FromMinutes(2)));

        Assert.StartsWith("Health gate refused: staging did not become healthy within 2 min; last seen: Application mlops-staging Synced to 0ld0c0m (not the staging commit) and Healthy;",
            refused.Message, StringComparison.Ordinal);
        Assert.Equal([OldCommit], _revisionsAsked); // once per commit, however often it looked
    }

    [Fact]
    public async Task A_later_commit_with_the_same_staging_overlay_passes()
    {
        const string later = "1a7e8c0mm17000000000000000000000000000bb";
        _cluster.Replay(ApplicationPath, Application("application-healthy.yaml", later));
        _cluster.Replay(RolloutPath, Rollout("canary_healthy_executedAllSteps.yaml", Digest));

        var verdict = await JudgeAsync(isStaging: r => r is StagingCommit or later);

        Assert.StartsWith("passed: Application mlops-staging Synced to 1a7e8c0 and Healthy", verdict, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rollout_running_another_digest_after_the_sync_is_refused_at_once()
    {
        _cluster.Replay(ApplicationPath, Application("application-healthy.yaml", StagingCommit));
        _cluster.Replay(RolloutPath, Rollout("canary_healthy_executedAllSteps.yaml", OldDigest));

        var refused = await Assert.ThrowsAsync<HealthGateException>(() => JudgeAsync());

        Assert.Equal($"Health gate refused: Rollout mlops-serving in namespace mlops-staging runs ghcr.io/example-org/mlops@{OldDigest}, not {Digest}, " +
            "though Application mlops-staging is Synced to the staging commit 5d1f0e8.", refused.Message);
    }

    [Fact]
    public async Task Credentials_the_cluster_refuses_are_named_with_the_context()
    {
        using var connection = ClusterConnection.FromKubeconfig(_cluster.WriteKubeconfig(_folder, token: "stale-token"));

        var refused = await Assert.ThrowsAsync<ClusterException>(() => new StagingHealthGate(connection).JudgeAsync(Digest, _ => true));

        Assert.Equal($"the cluster at {_cluster.Url} refused the credentials of context replay (401 Unauthorized).", refused.Message);
    }

    [Fact]
    public async Task An_application_that_is_not_there_is_named()
    {
        _cluster.Replay(RolloutPath, Rollout("canary_healthy_executedAllSteps.yaml", Digest));

        var refused = await Assert.ThrowsAsync<ClusterException>(() => JudgeAsync());

        Assert.Equal($"no Application mlops-staging in namespace argocd (404) on the cluster at {_cluster.Url} (context replay).", refused.Message);
    }

    [Fact]
    public async Task A_server_nobody_listens_on_is_named()
    {
        var nowhere = $"http://127.0.0.1:{LoopbackPort.Free()}";
        var kubeconfig = _folder.Write("nowhere", File.ReadAllText(_cluster.WriteKubeconfig(_folder)).Replace(_cluster.Url, nowhere, StringComparison.Ordinal));
        using var connection = ClusterConnection.FromKubeconfig(kubeconfig);

        var refused = await Assert.ThrowsAsync<ClusterException>(() => new StagingHealthGate(connection).JudgeAsync(Digest, _ => true));

        Assert.StartsWith($"cannot reach the cluster at {nowhere} (context replay) to read Application mlops-staging in namespace argocd: ", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_never_answers_times_out_with_a_clear_error()
    {
        _cluster.StaySilent(ApplicationPath);
        using var connection = ClusterConnection.FromKubeconfig(_cluster.WriteKubeconfig(_folder), requestTimeout: TimeSpan.FromMilliseconds(300));

        var refused = await Assert.ThrowsAsync<ClusterException>(() => new StagingHealthGate(connection).JudgeAsync(Digest, _ => true));

        Assert.Equal($"the cluster at {_cluster.Url} (context replay) did not answer within 0.3 s when asked for Application mlops-staging in namespace argocd.", refused.Message);
    }

    private async Task<string> JudgeAsync(TimeSpan? timeout = null, Func<string, bool>? isStaging = null, TimeSpan? pollInterval = null)
    {
        using var connection = ClusterConnection.FromKubeconfig(_cluster.WriteKubeconfig(_folder), context: "replay");
        var gate = new StagingHealthGate(connection) { Timeout = timeout ?? TimeSpan.FromMinutes(10), PollInterval = pollInterval ?? TimeSpan.FromSeconds(10), Clock = new SteppingClock() };
        return await gate.JudgeAsync(Digest, revision =>
        {
            _revisionsAsked.Add(revision);
            return (isStaging ?? (r => r == StagingCommit))(revision);
        }, new SynchronousProgress(_progress));
    }

    /// <summary>A recorded Application as staging's, Argo CD's sync status added (the recordings carry only health).</summary>
    private static JsonObject Application(string file, string revision, string sync = "Synced", Action<JsonObject>? change = null) =>
        ArgoCorpus.Named(ArgoCorpus.Read("application", file), "argocd", "mlops-staging", a =>
        {
            a["status"]!["sync"] = new JsonObject { ["status"] = sync, ["revision"] = revision };
            change?.Invoke(a);
        });

    /// <summary>A recorded Rollout as staging's, its pod template running the image by <paramref name="digest"/>.</summary>
    private static JsonObject Rollout(string file, string digest, Action<JsonObject>? change = null) =>
        ArgoCorpus.Named(ArgoCorpus.Read("rollout", file), "mlops-staging", "mlops-serving", r =>
        {
            r["spec"]!["template"]!["spec"]!["containers"]![0]!["image"] = $"ghcr.io/example-org/mlops@{digest}";
            change?.Invoke(r);
        });

    /// <summary>Progress kept in order as it is reported (Progress&lt;T&gt; would post it to the thread pool).</summary>
    private sealed class SynchronousProgress(List<string> lines) : IProgress<string>
    {
        public void Report(string value)
        {
            lock (lines)
            {
                lines.Add(value);
            }
        }
    }
}
