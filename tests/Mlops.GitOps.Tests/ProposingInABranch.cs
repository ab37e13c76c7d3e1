namespace Mlops.GitOps.Tests;

/// <summary>--via-pull-request's half in git: the change pushed to a branch of its own on a real bare remote, main untouched.</summary>
public sealed class ProposingInABranch : IDisposable
{
    private const string Branch = "mlops/adult-income/staging";
    private static readonly GitOpsLayout Layout = new("adult-income");
    private readonly BareRemote _remote = new();

    public void Dispose() => _remote.Dispose();

    [Fact]
    public void The_change_is_one_commit_on_mains_head_in_its_own_branch_and_main_is_untouched()
    {
        var before = _remote.Log();

        var proposal = _remote.Remote().Propose(tree => Bump(tree, Overlays.Digest1), Branch);

        Assert.NotNull(proposal);
        Assert.Equal(before, _remote.Log());
        var commit = Assert.Single(_remote.Beyond(Branch, out var main)!);
        Assert.Equal(proposal.Commit, commit.Sha);
        Assert.Equal(main, commit.Parent);
        Assert.Equal(["k8s/overlays/staging/kustomization.yaml", "models/adult-income.json"], _remote.Changed(commit.Sha));
        Assert.Equal("Stage adult-income release 1 (lightgbm 3f2a9c1b0d4e) in staging", proposal.Title);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_remote.WorkFolder));
    }

    [Fact]
    public async Task A_promotion_proposed_makes_no_tag_and_its_body_says_how_to_tag_the_merge()
    {
        await _remote.Remote().PublishAsync(tree => Bump(tree, Overlays.Digest1));

        var proposal = _remote.Remote().Propose(
            tree => new Promotion(Layout).Plan(tree, new PromotionRequest("alice", "skipped: no cluster here"), Releases.Monday), "mlops/adult-income/production");

        Assert.Empty(_remote.Tags());
        Assert.Contains("git tag -a release-adult-income-1 ", proposal!.Body, StringComparison.Ordinal);
        Assert.Contains("- `k8s/overlays/production/kustomization.yaml`", proposal.Body, StringComparison.Ordinal);
        Assert.Contains("Source-Commit: ", proposal.Body, StringComparison.Ordinal); // the trailers, for the reviewer
    }

    [Fact]
    public void Proposed_again_after_main_moved_on_the_branch_is_replaced_by_one_commit_on_the_new_head()
    {
        _remote.Remote().Propose(tree => Bump(tree, Overlays.Digest1), Branch);
        var theirs = _remote.Commit("Someone else's change", ("README.md", "GitOps, edited\n"));

        var again = _remote.Remote().Propose(tree => Bump(tree, Overlays.Digest2), Branch);

        var commit = Assert.Single(_remote.Beyond(Branch, out _)!);
        Assert.Equal(again!.Commit, commit.Sha);
        Assert.Equal(theirs, commit.Parent);
        Assert.Contains(Overlays.Digest2, again.Change.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_to_change_on_main_pushes_no_branch()
    {
        await _remote.Remote().PublishAsync(tree => Bump(tree, Overlays.Digest1));

        var proposal = _remote.Remote().Propose(tree => Bump(tree, Overlays.Digest1), Branch);

        Assert.Null(proposal);
        Assert.Null(_remote.Beyond(Branch, out _));
    }

    [Fact]
    public void The_branch_argo_cd_follows_cannot_be_the_proposals()
    {
        var error = Assert.Throws<GitOpsException>(() => _remote.Remote().Propose(tree => Bump(tree, Overlays.Digest1), "main"));

        Assert.Equal("The pull request's branch cannot be main itself, the branch Argo CD follows.", error.Message);
    }

    [Fact]
    public void The_dry_run_shows_the_pull_request_and_no_tag()
    {
        var change = _remote.Remote().Inspect(tree => Bump(tree, Overlays.Digest1))!;

        var effects = GitOpsEffects.Of(change with { Tag = new ReleaseTag("release-adult-income-1", "Release 1") }, "the remote", "main", Branch);

        Assert.Equal(["edit", "edit", "commit", "push", "pull request"], effects.Select(e => e.Kind));
        Assert.Equal($"{Branch} to the remote, replacing what it held", effects[3].Description);
        Assert.StartsWith($"open, or update the open one, from {Branch} into main: Stage adult-income release 1", effects[4].Description, StringComparison.Ordinal);
        Assert.Contains("git tag -a release-adult-income-1", effects[4].Diff, StringComparison.Ordinal);
    }

    private static GitOpsChange? Bump(GitOpsTree tree, string digest) =>
        new StagingBump(Layout).Plan(tree, Releases.Candidate(digest), Releases.Monday);
}
