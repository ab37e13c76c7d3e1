namespace Mlops.GitOps.Tests;

/// <summary>BumpManifest's change pushed to a real bare remote, including the races other pushes cause.</summary>
public sealed class PushingToTheGitOpsRemote : IDisposable
{
    private static readonly GitOpsLayout Layout = new("adult-income");
    private readonly BareRemote _remote = new();

    public void Dispose() => _remote.Dispose();

    [Fact]
    public async Task A_bump_is_one_commit_of_the_overlay_and_the_registry()
    {
        var published = await _remote.Remote().PublishAsync(tree => Bump(tree, Overlays.Digest1));

        Assert.NotNull(published);
        Assert.Equal(1, published.Attempts);
        var (sha, subject) = _remote.Log()[0];
        Assert.Equal(published.Commit, sha);
        Assert.Equal("Stage adult-income release 1 (lightgbm 3f2a9c1b0d4e) in staging", subject);
        Assert.Equal(["k8s/overlays/staging/kustomization.yaml", "models/adult-income.json"], _remote.Changed(sha));
        Assert.Equal($"ghcr.io/example-org/mlops@{Overlays.Digest1}",
            KustomizeOverlay.Parse("x", _remote.Read(Layout.StagingOverlay)!).Image("mlops-serving").Reference);
        Assert.Equal(ModelStage.Staging, ModelRegistry.Parse(_remote.Read(Layout.RegistryFile)!, "r").Release(1).Stage);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_remote.WorkFolder)); // the work clone is gone
    }

    [Fact]
    public async Task The_commit_message_carries_the_release_as_trailers()
    {
        await _remote.Remote().PublishAsync(tree => Bump(tree, Overlays.Digest1));

        using var bare = new LibGit2Sharp.Repository(_remote.Url);
        var message = bare.Branches["main"].Tip.Message;
        Assert.Contains($"Image-Digest: {Overlays.Digest1}\n", message, StringComparison.Ordinal);
        Assert.Contains("Metric-Auc: 0.9291\n", message, StringComparison.Ordinal);
        Assert.Contains($"Source-Commit: {Overlays.Digest1[7..47]}\n", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_digest_twice_makes_no_commit()
    {
        await _remote.Remote().PublishAsync(tree => Bump(tree, Overlays.Digest1));
        var before = _remote.Log();

        var again = await _remote.Remote().PublishAsync(tree => Bump(tree, Overlays.Digest1));

        Assert.Null(again);
        Assert.Equal(before, _remote.Log());
    }

    [Fact]
    public async Task A_push_that_lost_the_race_is_planned_again_on_the_new_head()
    {
        var plans = 0;
        string? theirs = null;

        var published = await _remote.Remote().PublishAsync(tree =>
        {
            if (plans++ == 0)
            {
                // Another writer pushes after this run fetched: this run's push is refused as non-fast-forward.
                theirs = _remote.Commit("Someone else's change", ("README.md", "GitOps, edited\n"));
            }

            return Bump(tree, Overlays.Digest1);
        });

        Assert.Equal(2, published!.Attempts);
        Assert.Equal([published.Commit, theirs!], _remote.Log().Take(2).Select(c => c.Sha));
        Assert.Equal("GitOps, edited\n", _remote.Read("README.md"));
    }

    [Fact]
    public async Task Two_bumps_at_once_both_land_one_after_the_other()
    {
        var both = await Task.WhenAll(
            Task.Run(() => _remote.Remote().PublishAsync(tree => Bump(tree, Overlays.Digest1))),
            Task.Run(() => _remote.Remote().PublishAsync(tree => Bump(tree, Overlays.Digest2))));

        Assert.All(both, Assert.NotNull);
        Assert.Equal(3, _remote.Log().Count); // the seed and both bumps, in a line
        var registry = ModelRegistry.Parse(_remote.Read(Layout.RegistryFile)!, "r");
        Assert.Equal([1, 2], registry.Versions.Select(v => v.Version));
        Assert.Equal([ModelStage.Archived, ModelStage.Staging], registry.Versions.Select(v => v.Stage));
        var overlay = KustomizeOverlay.Parse("x", _remote.Read(Layout.StagingOverlay)!);
        Assert.Equal(registry.Staging!.Digest, overlay.Image("mlops-serving").Digest);
    }

    [Fact]
    public async Task A_branch_that_keeps_moving_is_given_up_after_the_last_try_with_nothing_pushed()
    {
        var error = await Assert.ThrowsAsync<GitOpsException>(() => _remote.Remote(maxAttempts: 3).PublishAsync(tree =>
        {
            _remote.Commit("Someone else's change", ("README.md", $"GitOps {Guid.NewGuid()}\n"));
            return Bump(tree, Overlays.Digest1);
        }));

        Assert.StartsWith($"{_remote.Url} (main): the push was refused 3 times (non-fast-forward)", error.Message, StringComparison.Ordinal);
        Assert.Null(_remote.Read(Layout.RegistryFile));
        Assert.DoesNotContain(_remote.Log(), c => c.Subject.StartsWith("Stage", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_tag_is_pushed_with_its_commit()
    {
        var published = await _remote.Remote().PublishAsync(tree =>
            Bump(tree, Overlays.Digest1) is { } change ? change with { Tag = new ReleaseTag("release-adult-income-1", "Release 1") } : null);

        Assert.Equal("release-adult-income-1", published!.Tag);
        Assert.Equal(published.Commit, _remote.TagTarget("release-adult-income-1"));
    }

    [Fact]
    public async Task A_remote_that_is_not_there_is_a_clear_error()
    {
        var missing = new GitOpsRemote(_remote.Url + "-missing", "main", _remote.WorkFolder, new GitIdentity("t", "t@example.org"));

        var error = await Assert.ThrowsAsync<GitOpsException>(() => missing.PublishAsync(tree => Bump(tree, Overlays.Digest1)));

        Assert.Equal($"{_remote.Url}-missing: no such folder; the GitOps remote is a URL or a git repository on disk.", error.Message);
    }

    [Fact]
    public async Task A_branch_that_is_not_there_is_a_clear_error()
    {
        var otherBranch = new GitOpsRemote(_remote.Url, "gitops", _remote.WorkFolder, new GitIdentity("t", "t@example.org"));

        var error = await Assert.ThrowsAsync<GitOpsException>(() => otherBranch.PublishAsync(tree => Bump(tree, Overlays.Digest1)));

        Assert.StartsWith($"{_remote.Url}: cannot clone branch gitops: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_clone_left_by_a_run_that_died_is_deleted_by_the_next()
    {
        // A process id no process has: the run that made this folder is gone, killed half-way through writing.
        var abandoned = Path.Combine(_remote.WorkFolder, "clone-2147483646-0123456789abcdef");
        Directory.CreateDirectory(Path.Combine(abandoned, "k8s"));
        File.WriteAllText(Path.Combine(abandoned, "k8s", ".kustomization.yaml.tmp"), "half a fi");

        await _remote.Remote().PublishAsync(tree => Bump(tree, Overlays.Digest1));

        Assert.False(Directory.Exists(abandoned));
    }

    private static GitOpsChange? Bump(GitOpsTree tree, string digest) =>
        new StagingBump(Layout).Plan(tree, Releases.Candidate(digest), Releases.Monday);
}
