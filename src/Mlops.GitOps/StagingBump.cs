using System.Globalization;
using System.Text;

namespace Mlops.GitOps;

/// <summary>
/// BumpManifest's change: the staging overlay pinned to the pushed image by digest and announcing its model version,
/// and the release recorded as Staging in the registry — one commit, whose message names model, release and digest,
/// with the metrics and the source commit as trailers. The same image twice plans nothing.
/// </summary>
public sealed record StagingBump(GitOpsLayout Layout)
{
    public GitOpsChange? Plan(GitOpsTree tree, ModelRelease candidate, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(candidate);
        var registry = Layout.ReadRegistry(tree);
        var overlay = GitOpsLayout.ReadOverlay(tree, Layout.StagingOverlay);
        var (staged, release) = registry.WithStaged(candidate, at);
        var pinned = overlay.WithImage(Layout.ImageName, release.Repository, release.Digest).WithAnnotation(Layout.VersionAnnotation, release.ModelVersion);
        var edits = GitOpsLayout.Edits(tree, (Layout.RegistryFile, staged.ToJson()), (Layout.StagingOverlay, pinned.Text));
        return edits.Count == 0 ? null : new GitOpsChange(edits, Message(registry.Model, release));
    }

    private static string Message(string model, ModelRelease release)
    {
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Stage {model} release {release.Version} ({release.Candidate} {release.ModelVersion}) in staging\n\n")
            .Append(CultureInfo.InvariantCulture, $"The staging overlay now runs {release.Image}.\n\n");
        return GitOpsLayout.WithTrailers(text, release).ToString();
    }
}
