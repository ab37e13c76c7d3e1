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

    [Parameter("The kubeconfig itself, for CI (the production environment's secret KUBECONFIG_DATA): certificates and keys inline; used instead of --kubeconfig")]
    [Secret]
    private readonly string? _kubeconfigData = null;

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
        using var cluster = Cluster();
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

    private ClusterConnection Cluster()
    {
        if (_kubeconfigData is { Length: > 0 } kubeconfig)
        {
            return ClusterConnection.FromKubeconfigText(kubeconfig, "KubeconfigData (secret KUBECONFIG_DATA)", _kubeContext);
        }

        try
        {
            return ClusterConnection.FromKubeconfig(Kubeconfig, _kubeContext);
        }
        catch (ClusterException e) when (Host.IsGitHubActions && _kubeconfig is null)
        {
            // A runner has no kubeconfig of its own: say where the workflow looks for one.
            throw new ClusterException($"{e.Message} On GitHub Actions the health gate reads the production environment's secret KUBECONFIG_DATA; set it, or dispatch with no-health-gate and a reason.", e);
        }
    }
}
