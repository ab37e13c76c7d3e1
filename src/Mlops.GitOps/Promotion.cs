using System.Globalization;
using System.Text;

namespace Mlops.GitOps;

/// <summary>
/// Promote's change: the production overlay pinned to the release in staging, that release → Production and the one
/// there before → Archived in the registry, one commit and an annotated tag release-&lt;model&gt;-&lt;release&gt;. It refuses —
/// with the reason in one line and nothing changed — when nothing is in staging, when the staging overlay does not run
/// the staging release, when staging moved on since the health gate judged it, or when a rollback holds production
/// and the hold is not released on purpose.
/// </summary>
public sealed record Promotion(GitOpsLayout Layout)
{
    public GitOpsChange Plan(GitOpsTree tree, PromotionRequest request, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(request);
        var registry = Layout.ReadRegistry(tree);
        var staging = StagedRelease(tree, registry);
        if (request.ExpectedStaging is { } judged && judged != staging.Version)
        {
            throw new GitOpsException($"Staging moved on to release {staging.Version} while the health gate judged release {judged}; run Promote again.");
        }

        if (registry.Production?.Version == staging.Version)
        {
            throw new GitOpsException($"Release {staging.Version} is already in production; nothing to promote.");
        }

        if (registry.Hold is { } hold && !request.ReleaseHold)
        {
            throw new GitOpsException($"Production is held at release {hold.Version} since {hold.At:yyyy-MM-dd HH:mm}Z by {hold.By} ({hold.Reason}); " +
                "pass --release-hold to promote past it on purpose.");
        }

        var promoted = registry.WithPromoted(staging.Version, at, $"promoted by {request.By}; health gate {request.HealthGate}") with { Hold = null };
        var overlay = GitOpsLayout.ReadOverlay(tree, Layout.ProductionOverlay)
            .WithImage(Layout.ImageName, staging.Repository, staging.Digest)
            .WithAnnotation(Layout.VersionAnnotation, staging.ModelVersion);
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Promote {registry.Model} release {staging.Version} ({staging.Candidate} {staging.ModelVersion}) to production\n\n")
            .Append(CultureInfo.InvariantCulture, $"The production overlay now runs {staging.Image}")
            .Append(registry.Production is { } before ? $", in place of release {before.Version}.\n" : ".\n")
            .Append(registry.Hold is { } released ? $"Releases the hold {released.By} put on release {released.Version} ({released.Reason}).\n" : "")
            .Append('\n')
            .Append(CultureInfo.InvariantCulture, $"Promoted-By: {request.By}\n")
            .Append(CultureInfo.InvariantCulture, $"Health-Gate: {request.HealthGate}\n");
        var tag = GitOpsLayout.FreeTagName(tree, $"release-{registry.Model}-{staging.Version}");
        return new GitOpsChange(
            GitOpsLayout.Edits(tree, (Layout.RegistryFile, promoted.ToJson()), (Layout.ProductionOverlay, overlay.Text)),
            GitOpsLayout.WithTrailers(text, staging).ToString(),
            new ReleaseTag(tag, $"{registry.Model} release {staging.Version} in production: {staging.Image}"));
    }

    /// <summary>The release in Staging, checked against what the staging overlay actually runs.</summary>
    private ModelRelease StagedRelease(GitOpsTree tree, ModelRegistry registry)
    {
        var staging = registry.Staging ?? throw new GitOpsException($"{Layout.RegistryFile}: no release is in Staging; run BumpManifest first.");
        var runs = GitOpsLayout.ReadOverlay(tree, Layout.StagingOverlay).Image(Layout.ImageName);
        return runs.Digest == staging.Digest
            ? staging
            : throw new GitOpsException($"{Layout.StagingOverlay} runs {runs.Reference}, but {Layout.RegistryFile} says release {staging.Version} " +
                $"({staging.Image}) is in Staging; fix the one edited by hand before promoting.");
    }
}
