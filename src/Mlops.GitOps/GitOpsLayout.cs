using System.Globalization;
using System.Text;

namespace Mlops.GitOps;

/// <summary>
/// Where things are in the GitOps repository: the registry file, the two overlays, the image entry's name and the
/// annotation that announces the model version. The defaults are this repository's own layout.
/// </summary>
public sealed record GitOpsLayout(string Model)
{
    public string RegistryFile { get; init; } = $"models/{Model}.json";

    public string StagingOverlay { get; init; } = "k8s/overlays/staging/kustomization.yaml";

    public string ProductionOverlay { get; init; } = "k8s/overlays/production/kustomization.yaml";

    /// <summary>The image's placeholder name in k8s/base, which the overlays' images entries rename and pin.</summary>
    public string ImageName { get; init; } = "mlops-serving";

    public string VersionAnnotation { get; init; } = "mlops.dev/model-version";

    /// <summary>The registry at the tree's head; an empty one for <see cref="Model"/> when the file is not there yet.</summary>
    public ModelRegistry ReadRegistry(GitOpsTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var registry = tree.Read(RegistryFile) is { } json ? ModelRegistry.Parse(json, RegistryFile) : ModelRegistry.Empty(Model);
        return registry.Model == Model
            ? registry
            : throw new GitOpsException($"{RegistryFile}: model is '{registry.Model}', but this pipeline delivers '{Model}'.");
    }

    public static KustomizeOverlay ReadOverlay(GitOpsTree tree, string path)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return KustomizeOverlay.Parse(path, tree.Read(path) ?? throw new GitOpsException($"{path}: no such file in the GitOps repository at {tree.Commit[..7]}."));
    }

    /// <summary>
    /// What keeps the delivery targets from working on the repository at <paramref name="root"/>: an overlay without
    /// the image entry, its newName or digest, or the version annotation the tools set; a registry file that is not
    /// valid. Empty when all is in order. Lint asks, so a broken overlay is found before a release needs it.
    /// </summary>
    public IReadOnlyList<string> Problems(string root)
    {
        var problems = new List<string>();
        void Check(Action check)
        {
            try
            {
                check();
            }
            catch (GitOpsException e)
            {
                problems.Add(e.Message);
            }
        }

        foreach (var path in new[] { StagingOverlay, ProductionOverlay })
        {
            var file = System.IO.Path.Combine(root, path);
            Check(() =>
            {
                var overlay = KustomizeOverlay.Parse(path, File.Exists(file) ? File.ReadAllText(file) : throw new GitOpsException($"{path}: no such file."));
                var image = overlay.Image(ImageName);
                _ = overlay.WithImage(ImageName, image.NewName, image.Digest ?? throw new GitOpsException($"{path}: the images entry '{ImageName}' has an empty digest."))
                    .WithAnnotation(VersionAnnotation, overlay.Annotation(VersionAnnotation) ?? "");
            });
        }

        var registry = System.IO.Path.Combine(root, RegistryFile);
        if (File.Exists(registry))
        {
            Check(() => _ = ModelRegistry.Read(registry));
        }

        return problems;
    }

    /// <summary>
    /// <paramref name="name"/>, or name-2, name-3… where the remote has that tag already (a release promoted again
    /// after a rollback): a tag, once pushed, is never moved.
    /// </summary>
    internal static string FreeTagName(GitOpsTree tree, string name)
    {
        var candidate = name;
        for (var n = 2; tree.HasTag(candidate); n++)
        {
            candidate = $"{name}-{n}";
        }

        return candidate;
    }

    /// <summary>The files whose text differs from the tree's, as edits.</summary>
    internal static IReadOnlyList<FileEdit> Edits(GitOpsTree tree, params (string Path, string Text)[] files) =>
        [.. files.Select(f => new FileEdit(f.Path, tree.Read(f.Path), f.Text)).Where(e => e.Before != e.After)];

    /// <summary>git trailers: what the release is, for `git log --format=%(trailers)` and DeliveryReport.</summary>
    internal static StringBuilder WithTrailers(StringBuilder text, ModelRelease release)
    {
        text.Append(CultureInfo.InvariantCulture, $"Model-Release: {release.Version}\n")
            .Append(CultureInfo.InvariantCulture, $"Model-Version: {release.ModelVersion}\n")
            .Append(CultureInfo.InvariantCulture, $"Model-Sha256: {release.ModelSha256}\n")
            .Append(CultureInfo.InvariantCulture, $"Image-Digest: {release.Digest}\n");
        foreach (var (name, value) in release.Metrics.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"Metric-{char.ToUpperInvariant(name[0])}{name[1..]}: {value:0.####}\n");
        }

        return text.Append(CultureInfo.InvariantCulture, $"Source-Commit: {release.SourceCommit}\n");
    }
}
