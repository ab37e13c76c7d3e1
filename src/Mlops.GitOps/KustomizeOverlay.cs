using Mlops.GitOps.Internal;
using YamlDotNet.RepresentationModel;

namespace Mlops.GitOps;

/// <summary>
/// A kustomize overlay's kustomization.yaml, read for the image it pins and the model version it announces, and edited
/// in place: setting the image changes the <c>newName</c> and <c>digest</c> values of its <c>images:</c> entry, setting
/// an annotation changes one value under <c>commonAnnotations</c> — nothing else in the file moves.
/// </summary>
public sealed class KustomizeOverlay
{
    private readonly YamlText _yaml;

    private KustomizeOverlay(string path, string text)
    {
        Path = path;
        Text = text;
        _yaml = new YamlText(path, text);
    }

    /// <summary>The file, as named in messages (relative to the repository).</summary>
    public string Path { get; }

    public string Text { get; }

    public static KustomizeOverlay Parse(string path, string text) => new(path, text);

    /// <summary>The image entry named <paramref name="name"/>: what it is renamed to and the digest it is pinned by.</summary>
    public OverlayImage Image(string name)
    {
        var entry = ImageEntry(name);
        var digest = YamlText.Scalar(entry, "digest")?.Value;
        return new OverlayImage(name, YamlText.Scalar(entry, "newName")?.Value ?? name,
            string.IsNullOrEmpty(digest) ? null : ImageDigest.Parse(digest, $"{Path}: images[{name}].digest"));
    }

    /// <summary>The value of <paramref name="key"/> under commonAnnotations, or null.</summary>
    public string? Annotation(string key) =>
        _yaml.Root.Children.TryGetValue(new YamlScalarNode("commonAnnotations"), out var node) && node is YamlMappingNode annotations
            ? YamlText.Scalar(annotations, key)?.Value
            : null;

    /// <summary>The overlay with image <paramref name="name"/> pinned to <paramref name="newName"/>@<paramref name="digest"/>.</summary>
    public KustomizeOverlay WithImage(string name, string newName, ImageDigest digest)
    {
        var entry = ImageEntry(name);
        var digestNode = YamlText.Scalar(entry, "digest")
            ?? throw new GitOpsException($"{Path}: the images entry '{name}' has no digest field; pin it by digest (digest: sha256:…), not by tag");
        var newNameNode = YamlText.Scalar(entry, "newName")
            ?? throw new GitOpsException($"{Path}: the images entry '{name}' has no newName field; give it the image's repository (newName: registry/owner/name)");

        return new KustomizeOverlay(Path, _yaml.Replace((newNameNode, newName), (digestNode, digest.Value)));
    }

    /// <summary>The overlay with commonAnnotations' <paramref name="key"/> set to <paramref name="value"/>.</summary>
    public KustomizeOverlay WithAnnotation(string key, string value)
    {
        var scalar = _yaml.Root.Children.TryGetValue(new YamlScalarNode("commonAnnotations"), out var node) && node is YamlMappingNode annotations
            ? YamlText.Scalar(annotations, key)
            : null;
        return scalar is null
            ? throw new GitOpsException($"{Path}: no commonAnnotations entry '{key}'; add it (commonAnnotations: {{{key}: \"\"}}) so the tools can set it")
            : new KustomizeOverlay(Path, _yaml.Replace((scalar, value)));
    }

    private YamlMappingNode ImageEntry(string name)
    {
        if (!_yaml.Root.Children.TryGetValue(new YamlScalarNode("images"), out var images) || images is not YamlSequenceNode list)
        {
            throw new GitOpsException($"{Path}: no images list; the overlay must pin image '{name}' (images: - name: {name}, newName: …, digest: sha256:…)");
        }

        var entries = list.Children.OfType<YamlMappingNode>().Where(e => YamlText.Scalar(e, "name")?.Value == name).ToList();
        return entries.Count switch
        {
            1 => entries[0],
            0 => throw new GitOpsException($"{Path}: no images entry named '{name}'; the overlay must pin it (images: - name: {name}, newName: …, digest: sha256:…)"),
            _ => throw new GitOpsException($"{Path}: {entries.Count} images entries named '{name}'; keep one"),
        };
    }
}
