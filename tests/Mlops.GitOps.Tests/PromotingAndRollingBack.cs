namespace Mlops.GitOps.Tests;

/// <summary>Promote and Rollback against a real bare remote: the commits, stages, tags and the hold they leave.</summary>
public sealed class PromotingAndRollingBack : IDisposable
{
    private static readonly GitOpsLayout Layout = new("adult-income");
    private static readonly PromotionRequest ByAlice = new("alice", "skipped: no cluster here");
    private readonly BareRemote _remote = new();

    public void Dispose() => _remote.Dispose();

    [Fact]
    public async Task Promote_pins_production_to_the_staging_release_in_one_tagged_commit()
    {
        await Bump(Overlays.Digest1);

        var published = await Publish(tree => new Promotion(Layout).Plan(tree, ByAlice, Releases.Monday));

        Assert.Equal("release-adult-income-1", published.Tag);
        Assert.Equal(published.Commit, _remote.TagTarget("release-adult-income-1"));
        Assert.Equal(["k8s/overlays/production/kustomization.yaml", "models/adult-income.json"], _remote.Changed(published.Commit));
        Assert.Equal(Overlays.Digest1, ProductionDigest());
        var registry = Registry();
        Assert.Equal(1, registry.Production!.Version);
        Assert.Null(registry.Staging);
        Assert.Equal("promoted by alice; health gate skipped: no cluster here", registry.Production.History[^1].Note);
        Assert.Equal("Promote adult-income release 1 (lightgbm 3f2a9c1b0d4e) to production", _remote.Log()[0].Subject);
        Assert.Contains("Health-Gate: skipped: no cluster here\n", Message(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Promote_archives_what_production_ran_before()
    {
        await Promoted(Overlays.Digest1);
        await Bump(Overlays.Digest2);

        await Publish(tree => new Promotion(Layout).Plan(tree, ByAlice, Releases.Monday));

        Assert.Equal([ModelStage.Archived, ModelStage.Production], Registry().Versions.Select(v => v.Stage));
        Assert.Contains("in place of release 1.", Message(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Promote_refuses_without_a_release_in_staging() =>
        Assert.Equal("models/adult-income.json: no release is in Staging; run BumpManifest first.",
            (await Refused(tree => new Promotion(Layout).Plan(tree, ByAlice, Releases.Monday))).Message);

    [Fact]
    public async Task Promote_refuses_when_the_staging_overlay_does_not_run_the_staging_release()
    {
        await Bump(Overlays.Digest1);
        var overlay = _remote.Read(Layout.StagingOverlay)!.Replace(Overlays.Digest1, Overlays.Digest2, StringComparison.Ordinal);
        _remote.Commit("Edit staging by hand", (Layout.StagingOverlay, overlay));

        var error = await Refused(tree => new Promotion(Layout).Plan(tree, ByAlice, Releases.Monday));

        Assert.StartsWith($"k8s/overlays/staging/kustomization.yaml runs ghcr.io/example-org/mlops@{Overlays.Digest2}, but models/adult-income.json says release 1",
            error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Promote_refuses_when_staging_moved_on_since_the_gate_judged_it()
    {
        await Bump(Overlays.Digest1);
        await Bump(Overlays.Digest2);

        var error = await Refused(tree => new Promotion(Layout).Plan(tree, ByAlice with { ExpectedStaging = 1 }, Releases.Monday));

        Assert.Equal("Staging moved on to release 2 while the health gate judged release 1; run Promote again.", error.Message);
    }

    [Fact]
    public async Task Rollback_returns_production_to_the_release_before_and_holds_it_there()
    {
        await Promoted(Overlays.Digest1);
        await Promoted(Overlays.Digest2);

        var published = await Publish(tree => new Rollback(Layout).Plan(tree, "bob", "p99 doubled after release 2", Releases.Monday.AddHours(5)));

        Assert.Equal("rollback-adult-income-2-to-1", published.Tag);
        Assert.Equal(Overlays.Digest1, ProductionDigest());
        var registry = Registry();
        Assert.Equal(1, registry.Production!.Version);
        Assert.Equal(ModelStage.Archived, registry.Release(2).Stage);
        Assert.Equal(new ProductionHold(1, "p99 doubled after release 2", "bob", Releases.Monday.AddHours(5)), registry.Hold);
        Assert.Equal("Roll adult-income production back from release 2 to release 1", _remote.Log()[0].Subject);
    }

    [Fact]
    public async Task A_rollback_sticks_the_next_promote_refuses_until_the_hold_is_released()
    {
        await Promoted(Overlays.Digest1);
        await Promoted(Overlays.Digest2);
        await Publish(tree => new Rollback(Layout).Plan(tree, "bob", "bad canary", Releases.Monday));
        await Bump(Overlays.Digest3);

        var error = await Refused(tree => new Promotion(Layout).Plan(tree, ByAlice, Releases.Monday));
        Assert.StartsWith("Production is held at release 1 since 2026-11-30 09:00Z by bob (bad canary); pass --release-hold", error.Message, StringComparison.Ordinal);
        Assert.Equal(Overlays.Digest1, ProductionDigest());

        await Publish(tree => new Promotion(Layout).Plan(tree, ByAlice with { ReleaseHold = true }, Releases.Monday));
        Assert.Null(Registry().Hold);
        Assert.Equal(Overlays.Digest3, ProductionDigest());
        Assert.Contains("Releases the hold bob put on release 1 (bad canary).", Message(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rollback_refuses_when_there_is_nothing_earlier()
    {
        await Promoted(Overlays.Digest1);

        Assert.Equal("adult-income: release 1 is the first ever in production; there is nothing earlier to roll back to.",
            (await Refused(tree => new Rollback(Layout).Plan(tree, "bob", "bad", Releases.Monday))).Message);
    }

    [Fact]
    public async Task Rollback_refuses_without_a_reason() =>
        Assert.StartsWith("A rollback needs a reason", (await Refused(tree => new Rollback(Layout).Plan(tree, "bob", " ", Releases.Monday))).Message,
            StringComparison.Ordinal);

    [Fact]
    public async Task A_release_promoted_again_gets_a_tag_of_its_own()
    {
        await Promoted(Overlays.Digest1);
        await Promoted(Overlays.Digest2);
        await Publish(tree => new Rollback(Layout).Plan(tree, "bob", "bad canary", Releases.Monday));
        await Bump(Overlays.Digest2); // the archived release 2, staged again

        var published = await Publish(tree => new Promotion(Layout).Plan(tree, ByAlice with { ReleaseHold = true }, Releases.Monday));

        Assert.Equal("release-adult-income-2-2", published.Tag);
        Assert.NotEqual(_remote.TagTarget("release-adult-income-2"), _remote.TagTarget("release-adult-income-2-2"));
    }

    private async Task Promoted(string digest)
    {
        await Bump(digest);
        await Publish(tree => new Promotion(Layout).Plan(tree, ByAlice with { ReleaseHold = true }, Releases.Monday));
    }

    private Task<GitOpsPublication> Bump(string digest) => Publish(tree => new StagingBump(Layout).Plan(tree, Releases.Candidate(digest), Releases.Monday));

    private async Task<GitOpsPublication> Publish(Func<GitOpsTree, GitOpsChange?> plan) => (await _remote.Remote().PublishAsync(plan))!;

    private async Task<GitOpsException> Refused(Func<GitOpsTree, GitOpsChange?> plan)
    {
        var before = _remote.Log();
        var error = await Assert.ThrowsAsync<GitOpsException>(() => _remote.Remote().PublishAsync(plan));
        Assert.Equal(before, _remote.Log()); // nothing committed
        return error;
    }

    private ModelRegistry Registry() => ModelRegistry.Parse(_remote.Read(Layout.RegistryFile)!, Layout.RegistryFile);

    private string? ProductionDigest() => KustomizeOverlay.Parse("p", _remote.Read(Layout.ProductionOverlay)!).Image("mlops-serving").Digest?.Value;

    private string Message()
    {
        using var bare = new LibGit2Sharp.Repository(_remote.Url);
        return bare.Branches["main"].Tip.Message;
    }
}
