namespace Mlops.GitOps.Tests;

/// <summary>The model registry file: its rules, and how releases move between stages.</summary>
public sealed class KeepingTheRegistry
{
    [Fact]
    public void A_new_image_becomes_the_next_release_in_staging_and_archives_the_one_before()
    {
        var (first, one) = ModelRegistry.Empty("adult-income").WithStaged(Releases.Candidate(Overlays.Digest1), Releases.Monday);
        var (second, two) = first.WithStaged(Releases.Candidate(Overlays.Digest2), Releases.Monday.AddHours(1));

        Assert.Equal((1, 2), (one.Version, two.Version));
        Assert.Equal([ModelStage.Archived, ModelStage.Staging], second.Versions.Select(v => v.Stage));
        Assert.Equal([ModelStage.Staging, ModelStage.Archived], second.Release(1).History.Select(h => h.Stage));
    }

    [Fact]
    public void The_same_image_twice_changes_nothing()
    {
        var (staged, _) = ModelRegistry.Empty("adult-income").WithStaged(Releases.Candidate(Overlays.Digest1), Releases.Monday);

        var (again, release) = staged.WithStaged(Releases.Candidate(Overlays.Digest1), Releases.Monday.AddDays(1));

        Assert.Same(staged, again);
        Assert.Equal(1, release.Version);
    }

    [Fact]
    public void A_rebuild_of_the_same_commit_and_model_is_the_same_release()
    {
        var (staged, _) = ModelRegistry.Empty("adult-income").WithStaged(Releases.Candidate(Overlays.Digest1), Releases.Monday);

        var (again, release) = staged.WithStaged(Releases.Candidate(Overlays.Digest2, commit: Overlays.Digest1[7..47]), Releases.Monday.AddDays(1));

        Assert.Same(staged, again);
        Assert.Equal($"ghcr.io/example-org/mlops@{Overlays.Digest1}", release.Image);
    }

    [Fact]
    public void The_same_model_from_another_commit_is_a_new_release()
    {
        var (staged, _) = ModelRegistry.Empty("adult-income").WithStaged(Releases.Candidate(Overlays.Digest1), Releases.Monday);

        var (_, release) = staged.WithStaged(Releases.Candidate(Overlays.Digest2), Releases.Monday.AddDays(1));

        Assert.Equal(2, release.Version);
    }

    [Fact]
    public void Promoting_archives_the_release_in_production_before()
    {
        var (registry, _) = ModelRegistry.Empty("adult-income").WithStaged(Releases.Candidate(Overlays.Digest1), Releases.Monday);
        registry = registry.WithPromoted(1, Releases.Monday.AddHours(1));
        (registry, _) = registry.WithStaged(Releases.Candidate(Overlays.Digest2), Releases.Monday.AddHours(2));

        registry = registry.WithPromoted(2, Releases.Monday.AddHours(3));

        Assert.Equal([ModelStage.Archived, ModelStage.Production], registry.Versions.Select(v => v.Stage));
        Assert.Null(registry.Staging);
    }

    [Fact]
    public void The_file_reads_back_as_it_was_written()
    {
        var (registry, _) = ModelRegistry.Empty("adult-income").WithStaged(Releases.Candidate(Overlays.Digest1), Releases.Monday);

        var json = registry.ToJson();
        var read = ModelRegistry.Parse(json, "models/adult-income.json");

        Assert.StartsWith("{\n  \"$schema\": \"../schemas/model-registry.schema.json\",\n  \"model\": \"adult-income\",", json, StringComparison.Ordinal);
        Assert.Equal(json, read.ToJson());
        Assert.Equal(Overlays.Digest1, read.Release(1).Digest.Value);
        Assert.Equal(0.9291, read.Release(1).Metrics["auc"]);
    }

    [Theory]
    [InlineData("\"version\": 1,", "\"version\": 2,", "models/adult-income.json: release 2 is listed 2 times; release numbers are unique.")]
    [InlineData("\"stage\": \"Archived\"", "\"stage\": \"Production\"", "models/adult-income.json: releases 1 and 2 are both in Production; at most one release is.")]
    [InlineData("@sha256:1111", "@sha256:11", "models/adult-income.json: release 1: image: 'sha256:11")]
    [InlineData("\"candidate\"", "\"candidat\"", "models/adult-income.json")]
    [InlineData("\"stage\": \"Archived\"", "\"stage\": \"Retired\"", "models/adult-income.json")]
    public void A_file_edited_into_an_invalid_state_is_refused_with_the_reason(string from, string to, string expected)
    {
        var (registry, _) = ModelRegistry.Empty("adult-income").WithStaged(Releases.Candidate(Overlays.Digest1), Releases.Monday);
        registry = registry.WithPromoted(1, Releases.Monday);
        (registry, _) = registry.WithStaged(Releases.Candidate(Overlays.Digest2), Releases.Monday);
        registry = registry.WithPromoted(2, Releases.Monday);
        var json = registry.ToJson();
        var index = json.IndexOf(from, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{from}' is not in the file");
        var edited = string.Concat(json.AsSpan(0, index), to, json.AsSpan(index + from.Length));

        var error = Assert.Throws<GitOpsException>(() => ModelRegistry.Parse(edited, "models/adult-income.json"));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hold_must_name_the_release_in_production()
    {
        var (registry, _) = ModelRegistry.Empty("adult-income").WithStaged(Releases.Candidate(Overlays.Digest1), Releases.Monday);
        var held = registry with { Hold = new ProductionHold(1, "bad canary", "alice", Releases.Monday) };

        var error = Assert.Throws<GitOpsException>(() => ModelRegistry.Parse(held.ToJson(), "models/adult-income.json"));

        Assert.Equal("models/adult-income.json: the hold pins production to release 1, but no release is in Production.", error.Message);
    }

    [Fact]
    public void A_release_that_is_not_there_is_named_with_the_ones_that_are()
    {
        var (registry, _) = ModelRegistry.Empty("adult-income").WithStaged(Releases.Candidate(Overlays.Digest1), Releases.Monday);

        Assert.Equal("adult-income: no release 7; the registry has 1.", Assert.Throws<GitOpsException>(() => registry.Release(7)).Message);
    }

    [Fact]
    public void An_image_without_the_model_labels_is_no_release() =>
        Assert.StartsWith("the image ghcr.io/x@sha256:1111", Assert.Throws<GitOpsException>(() =>
            ReleaseCandidate.FromImage("ghcr.io/x", ImageDigest.Parse(Overlays.Digest1, "t"), new Dictionary<string, string>())).Message, StringComparison.Ordinal);
}
