namespace Mlops.GitOps.Tests;

/// <summary>
/// Which commits Argo CD may say it synced when staging runs what the branch's head says: the commit that last changed
/// the staging overlay, and later ones that left it alone — never an older one, nor one the repository does not know.
/// </summary>
public sealed class RecognisingTheStagingCommit : IDisposable
{
    private const string StagingOverlay = "k8s/overlays/staging/kustomization.yaml";

    private readonly BareRemote _remote = new();

    public void Dispose() => _remote.Dispose();

    [Fact]
    public void The_commit_that_changed_the_overlay_and_later_ones_that_did_not_are_the_staging_commit()
    {
        var seed = _remote.Log().Single().Sha;
        var bump = _remote.Commit("Bump staging", (StagingOverlay, Overlays.Staging.Replace("unreleased", "v2", StringComparison.Ordinal)));
        var later = _remote.Commit("Edit the README", ("README.md", "GitOps, edited\n"));

        Assert.Equal([false, true, true], Judge(seed, bump, later));
    }

    [Fact]
    public void Once_the_overlay_changes_again_the_commits_before_are_old()
    {
        var first = _remote.Commit("Bump staging", (StagingOverlay, Overlays.Staging.Replace("unreleased", "v2", StringComparison.Ordinal)));
        var second = _remote.Commit("Bump staging again", (StagingOverlay, Overlays.Staging.Replace("unreleased", "v3", StringComparison.Ordinal)));

        Assert.Equal([false, true], Judge(first, second));
    }

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef01234567")] // no such commit
    [InlineData("main")] // a branch name is not a commit Argo CD reports
    [InlineData("")]
    public void A_commit_the_repository_does_not_know_is_not_the_staging_commit(string sha) =>
        Assert.Equal([false], Judge(sha));

    private bool[] Judge(params string[] shas) =>
        _remote.Remote().Inspect(tree => shas.Select(sha => tree.IsOrFollowsLastChange(StagingOverlay, sha)).ToArray());
}
