using Mlops.Containers;
using Mlops.Files;
using Mlops.GitOps;
using Mlops.Targets;
using Mlops.Targets.GitHubActions;
using Serilog;

namespace Mlops.Build;

/// <summary>
/// Production changes only through git, as staging does: Promote moves the release staging runs — once the cluster
/// says staging runs it healthily — and Rollback moves production back and holds it there. Each is one commit with a
/// tag, pushed to the GitOps remote; locally without --gitops-remote, or under --dry-run, they show what they would do.
/// </summary>
internal sealed partial class Build
{
    [Parameter("Promote without asking the cluster, for places without one; the reason goes into the commit")]
    private readonly string? _noHealthGate = null;

    [Parameter("Let Promote move production past the hold a rollback put on it")]
    private readonly bool _releaseHold = false;

    [Parameter("Why production is rolled back (Rollback; goes into the commit, the tag and the hold)")]
    private readonly string? _reason = null;

    /// <summary>Who promotes or rolls back: the workflow's actor on GitHub Actions, else git's user.name.</summary>
    private string Actor => Host.IsGitHubActions && Host.Variable("GITHUB_ACTOR") is { } actor ? actor : GitIdentity.FromGitConfig(RootDirectory).Name;

    private Target Promote => _ => _
        .Description("Promote the release staging runs to production once the cluster says it is healthy there: production overlay, registry stages, one commit and a release tag")
        .After(BumpManifest) // asked for together, Promote shows the promotion of what BumpManifest stages
        .DeploysTo("production") // GitHub asks the environment's reviewers before the job starts
        .Permissions(GitOpsPermissions("packages: read")) // packages: to check the image is in ghcr.io
        .UsesSecrets(() => _githubToken, () => _registryPassword, () => _kubeconfigData)
        .Executes(async () =>
        {
            var staging = GitOps.Inspect(tree => Layout.ReadRegistry(tree).Staging)
                ?? throw new GitOpsException($"{Layout.RegistryFile}: no release is in Staging; run BumpManifest first.");
            if (!await RegistryManifest.ExistsAsync(staging.Image, RegistryLogin))
            {
                var missing = $"Release {staging.Version}'s image {staging.Image} is not in its registry; push it again before promoting.";
                if (DryRunJournal is null)
                {
                    throw new GitOpsException(missing);
                }

                Log.Warning("{Missing} (a dry run pushed nothing; a real Promote would refuse)", missing);
            }

            var gate = _noHealthGate is { } skipped
                ? $"skipped: {(string.IsNullOrWhiteSpace(skipped) ? throw new GitOpsException("--no-health-gate needs a reason: it goes into the commit.") : skipped)}"
                : ShowOnly ? "not asked: a run that only shows what it would do does not read the cluster"
                : await JudgeStagingAsync(staging);
            Log.Information("Health gate {Gate}", gate);
            await PublishAsync("production", tree => new Promotion(Layout).Plan(tree, new PromotionRequest(Actor, gate, staging.Version, _releaseHold), Now));
        });

    private Target Rollback => _ => _
        .Description("Move production back to the release it ran before and hold it there (--reason): one commit and a rollback tag")
        .DeploysTo("production")
        .Permissions(GitOpsPermissions())
        .Requires(() => _reason)
        .UsesSecrets(() => _githubToken)
        .Executes(() => PublishAsync("rollback", tree => new Rollback(Layout).Plan(tree, Actor, _reason!, Now)));

    private Target DeliveryReport => _ => _
        .Description("Delivery metrics from the GitOps repository alone — deployment frequency, lead time, change failure rate, time to restore; artifacts/reports/delivery.md")
        .Executes(() =>
        {
            var (registry, metrics) = GitOps.Inspect(tree =>
            {
                var read = Layout.ReadRegistry(tree);
                return (read, DeliveryMetrics.From(read, tree.CommitTime));
            });
            var report = ArtifactsDirectory / "reports" / "delivery.md";
            AtomicFile.WriteText(report, Mlops.GitOps.DeliveryReport.Markdown(registry.Model, metrics));
            Log.Information("{Promotions} promotion(s), {Rollbacks} rollback(s) in {Remote}; report in {Report}", metrics.Promotions.Count,
                metrics.Rollbacks.Count, GitOpsUrl ?? "this repository", Shown(report));
        });
}
