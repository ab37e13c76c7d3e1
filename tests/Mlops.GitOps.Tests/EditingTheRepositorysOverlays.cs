using Mlops.Testing;

namespace Mlops.GitOps.Tests;

/// <summary>The tools' edits on the repository's own overlays: exactly the digest, name and version lines change.</summary>
public sealed class EditingTheRepositorysOverlays
{
    private static readonly ImageDigest Digest = ImageDigest.Parse(Overlays.Digest1, "test");

    [Theory]
    [InlineData("k8s/overlays/staging/kustomization.yaml")]
    [InlineData("k8s/overlays/production/kustomization.yaml")]
    public void Pinning_an_overlay_changes_only_the_three_lines_the_tools_own(string path)
    {
        var before = File.ReadAllText(RepositoryRoot.File(path));

        var after = KustomizeOverlay.Parse(path, before)
            .WithImage("mlops-serving", "ghcr.io/someone/mlops", Digest)
            .WithAnnotation("mlops.dev/model-version", "3f2a9c1b0d4e").Text;

        Assert.Equal(
            [
                ("-", "  mlops.dev/model-version: \"unreleased\""),
                ("-", "    newName: ghcr.io/example-org/mlops"),
                ("-", "    digest: sha256:0000000000000000000000000000000000000000000000000000000000000000"),
                ("+", "  mlops.dev/model-version: \"3f2a9c1b0d4e\""),
                ("+", "    newName: ghcr.io/someone/mlops"),
                ("+", $"    digest: {Overlays.Digest1}"),
            ],
            EditingOverlays.ChangedLines(before, after));
    }

    [Fact]
    public void The_repository_starts_with_an_empty_registry_its_layout_reads()
    {
        var registry = ModelRegistry.Read(RepositoryRoot.File(new GitOpsLayout("adult-income").RegistryFile));

        Assert.Equal("adult-income", registry.Model);
        Assert.Empty(registry.Versions);
    }

    [Fact]
    public void The_repository_has_what_the_delivery_targets_need() =>
        Assert.Empty(new GitOpsLayout("adult-income").Problems(RepositoryRoot.Path));

    [Fact]
    public void An_overlay_without_the_image_entry_is_a_problem_named_with_its_file()
    {
        using var folder = new TemporaryFolder();
        folder.Write("k8s/overlays/staging/kustomization.yaml", "bases: [../../base]\n");
        folder.Write("k8s/overlays/production/kustomization.yaml", Overlays.Production);
        folder.Write("models/adult-income.json", "{\"model\": \"adult-income\", \"versions\": [], \"hold\": 1}");

        var problems = new GitOpsLayout("adult-income").Problems(folder.Path);

        Assert.Equal(2, problems.Count);
        Assert.StartsWith("k8s/overlays/staging/kustomization.yaml: no images list", problems[0], StringComparison.Ordinal);
        Assert.StartsWith(folder["models/adult-income.json"], problems[1], StringComparison.Ordinal);
    }
}
