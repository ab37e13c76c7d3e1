using System.Globalization;
using System.Text;

namespace Mlops.GitOps;

/// <summary>
/// Rollback's change: the production overlay back on the release in production before the current one, the registry
/// saying so — that release in Production again, the current one archived — and a hold on production naming the
/// release, the reason and who, so the next run of the pipeline cannot undo it: Promote refuses to move production
/// past a hold unless told to release it. One commit and an annotated tag rollback-&lt;model&gt;-&lt;from&gt;-to-&lt;to&gt;.
/// </summary>
public sealed record Rollback(GitOpsLayout Layout)
{
    public GitOpsChange Plan(GitOpsTree tree, string by, string reason, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new GitOpsException("A rollback needs a reason (--reason \"…\"): it goes into the commit and the hold.");
        }

        var (registry, from, to) = Layout.ReadRegistry(tree).WithRolledBack(by, reason, at);
        var overlay = GitOpsLayout.ReadOverlay(tree, Layout.ProductionOverlay)
            .WithImage(Layout.ImageName, to.Repository, to.Digest)
            .WithAnnotation(Layout.VersionAnnotation, to.ModelVersion);
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Roll {registry.Model} production back from release {from.Version} to release {to.Version}\n\n")
            .Append(CultureInfo.InvariantCulture, $"{reason}\n\n")
            .Append(CultureInfo.InvariantCulture, $"The production overlay runs {to.Image} again, and production is held there until a Promote with --release-hold.\n\n")
            .Append(CultureInfo.InvariantCulture, $"Rolled-Back-By: {by}\n")
            .Append(CultureInfo.InvariantCulture, $"Rolled-Back-From: {from.Version}\n");
        var tag = GitOpsLayout.FreeTagName(tree, $"rollback-{registry.Model}-{from.Version}-to-{to.Version}");
        return new GitOpsChange(
            GitOpsLayout.Edits(tree, (Layout.RegistryFile, registry.ToJson()), (Layout.ProductionOverlay, overlay.Text)),
            GitOpsLayout.WithTrailers(text, to).ToString(),
            new ReleaseTag(tag, $"{registry.Model} production rolled back from release {from.Version} to {to.Version}: {reason}"));
    }
}
