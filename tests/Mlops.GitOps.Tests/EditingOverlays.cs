namespace Mlops.GitOps.Tests;

/// <summary>Overlays edited in place: exactly the intended values change, everything else stays byte for byte.</summary>
public sealed class EditingOverlays
{
    private static readonly ImageDigest Digest = ImageDigest.Parse(Overlays.Digest1, "test");

    [Fact]
    public void Pinning_the_image_changes_only_its_name_and_digest_values()
    {
        var edited = KustomizeOverlay.Parse("staging.yaml", Overlays.Staging).WithImage("mlops-serving", "127.0.0.1:5000/local/mlops", Digest);

        Assert.Equal(
            [
                ("-", "    newName: ghcr.io/example-org/mlops"),
                ("-", "    digest: sha256:0000000000000000000000000000000000000000000000000000000000000000 # set by ./build.sh BumpManifest"),
                ("+", "    newName: 127.0.0.1:5000/local/mlops"),
                ("+", $"    digest: {Overlays.Digest1} # set by ./build.sh BumpManifest"),
            ],
            ChangedLines(Overlays.Staging, edited.Text));
        Assert.Equal(new OverlayImage("mlops-serving", "127.0.0.1:5000/local/mlops", Digest), KustomizeOverlay.Parse("x", edited.Text).Image("mlops-serving"));
    }

    [Fact]
    public void Setting_the_annotation_keeps_its_quotes_and_comment()
    {
        var edited = KustomizeOverlay.Parse("staging.yaml", Overlays.Staging).WithAnnotation("mlops.dev/model-version", "3f2a9c1b0d4e");

        Assert.Equal(
            [("-", "  mlops.dev/model-version: \"unreleased\"   # set by ./build.sh BumpManifest"), ("+", "  mlops.dev/model-version: \"3f2a9c1b0d4e\"   # set by ./build.sh BumpManifest")],
            ChangedLines(Overlays.Staging, edited.Text));
        Assert.Equal("3f2a9c1b0d4e", KustomizeOverlay.Parse("x", edited.Text).Annotation("mlops.dev/model-version"));
    }

    [Theory]
    [InlineData("'single'", "'1e3'")]
    [InlineData("plain", "\"1e3\"")]
    public void A_value_yaml_would_read_as_a_number_is_quoted(string written, string expected)
    {
        var text = Overlays.Staging.Replace("\"unreleased\"", written, StringComparison.Ordinal);

        var edited = KustomizeOverlay.Parse("x", text).WithAnnotation("mlops.dev/model-version", "1e3");

        Assert.Contains($"mlops.dev/model-version: {expected}   #", edited.Text, StringComparison.Ordinal);
        Assert.Equal("1e3", KustomizeOverlay.Parse("x", edited.Text).Annotation("mlops.dev/model-version"));
    }

    [Fact]
    public void Setting_what_is_already_there_changes_nothing()
    {
        var overlay = KustomizeOverlay.Parse("staging.yaml", Overlays.Staging);
        var image = overlay.Image("mlops-serving");

        Assert.Equal(Overlays.Staging, overlay.WithImage("mlops-serving", image.NewName, image.Digest!).WithAnnotation("mlops.dev/model-version", "unreleased").Text);
    }

    [Theory]
    [InlineData("  - name: mlops-serving\n", "  - name: other\n", "staging.yaml: no images entry named 'mlops-serving'; the overlay must pin it")]
    [InlineData("images:\n", "imagez:\n", "staging.yaml: no images list; the overlay must pin image 'mlops-serving'")]
    [InlineData("    digest: sha256:0000", "    tag: sha256:0000", "staging.yaml: the images entry 'mlops-serving' has no digest field; pin it by digest")]
    [InlineData("    newName: ghcr.io/example-org/mlops\n", "", "staging.yaml: the images entry 'mlops-serving' has no newName field")]
    [InlineData("  mlops.dev/model-version:", "  mlops.dev/version:", "staging.yaml: no commonAnnotations entry 'mlops.dev/model-version'")]
    [InlineData("resources:\n", "resources: [\n", "staging.yaml: line ")]
    public void An_overlay_without_what_the_tools_set_is_refused_naming_it(string from, string to, string expected)
    {
        var overlay = Overlays.Staging.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Overlays.Staging, overlay);

        var error = Assert.Throws<GitOpsException>(() =>
            KustomizeOverlay.Parse("staging.yaml", overlay).WithImage("mlops-serving", "r/m", Digest).WithAnnotation("mlops.dev/model-version", "v"));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sha256:1234")]
    [InlineData("sha256:ABCDEF1111111111111111111111111111111111111111111111111111111111")]
    [InlineData("md5:1111111111111111111111111111111111111111111111111111111111111111")]
    [InlineData("latest")]
    [InlineData("")]
    public void A_digest_that_is_not_a_digest_is_refused(string text) =>
        Assert.Equal($"--digest: '{text}' is not an image digest (sha256: and 64 lowercase hex digits).",
            Assert.Throws<GitOpsException>(() => ImageDigest.Parse(text, "--digest")).Message);

    [Fact]
    public void A_digest_in_the_overlay_that_is_not_one_is_named_with_the_file()
    {
        var overlay = Overlays.Staging.Replace("sha256:0000000000000000000000000000000000000000000000000000000000000000", "sha256:abc", StringComparison.Ordinal);

        var error = Assert.Throws<GitOpsException>(() => KustomizeOverlay.Parse("staging.yaml", overlay).Image("mlops-serving"));

        Assert.StartsWith("staging.yaml: images[mlops-serving].digest: 'sha256:abc' is not an image digest", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The lines that differ, removed ones first, in file order: a line-level diff of two texts with equal line counts.</summary>
    internal static IReadOnlyList<(string, string)> ChangedLines(string before, string after)
    {
        var old = before.Split('\n');
        var updated = after.Split('\n');
        Assert.Equal(old.Length, updated.Length);
        var changed = Enumerable.Range(0, old.Length).Where(i => old[i] != updated[i]).ToList();
        return [.. changed.Select(i => ("-", old[i])), .. changed.Select(i => ("+", updated[i]))];
    }
}
