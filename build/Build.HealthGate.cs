using Mlops.GitOps;
using Mlops.Kubernetes;
using Mlops.Targets;
using Serilog;

namespace Mlops.Build;

/// <summary>
/// Promote's health gate: the cluster, read through a kubeconfig, must say staging runs the release — Argo CD's
/// staging Application Synced to the staging commit and Healthy, its Rollout Healthy on the release's digest. The gate
/// waits while staging is on its way there and refuses in one line when it will not get there.
/// </summary>
internal sealed partial class Build
{
    [Parameter("Kubeconfig of the cluster Promote's health gate reads (default: $KUBECONFIG, then ~/.kube/config)")]
    private readonly string? _kubeconfig = null;

    [Parameter("Context of the kubeconfig whose cluster runs staging (default: the kubeconfig's current-context)")]
    private readonly string? _kubeContext = null;

    [Parameter("How long Promote waits for staging to become healthy before it refuses")]
    private readonly TimeSpan _healthTimeout = TimeSpan.FromMinutes(10);

    /// <summary>The kubeconfig as kubectl finds it: the parameter, $KUBECONFIG (its first file that exists), ~/.kube/config.</summary>
    private string Kubeconfig => (_kubeconfig ?? Host.Variable("KUBECONFIG")) is { } given
        ? Path.GetFullPath(given.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(File.Exists) ?? given.Split(Path.PathSeparator)[0])
        : Path.Combine(Host.Variable("HOME") ?? Host.Variable("USERPROFILE") ?? "~", ".kube", "config");

    private async Task<string> JudgeStagingAsync(ModelRelease staging)
    {
        using var cluster = ClusterConnection.FromKubeconfig(Kubeconfig, _kubeContext);
        Log.Information("Asking the cluster at {Server} (context {Context}) whether staging runs release {Version} ({Digest})",
            cluster.Server, cluster.Context, staging.Version, staging.Digest);
        var gate = new StagingHealthGate(cluster)
        {
            Application = "mlops-staging",
            ApplicationNamespace = "argocd",
            Rollout = "mlops-serving",
            RolloutNamespace = "mlops-staging",
            Timeout = _healthTimeout,
        };

        // Each commit Argo CD reports is checked on a fresh read of the GitOps remote, which knows commits pushed since.
        return await gate.JudgeAsync(staging.Digest.Value,
            revision => GitOps.Inspect(tree => tree.IsOrFollowsLastChange(Layout.StagingOverlay, revision)), Steps);
    }
}
