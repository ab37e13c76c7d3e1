using Mlops.Testing;

namespace Mlops.GitOps.Tests;

/// <summary>The bare copy a simulated CI run pushes to in place of GitHub.</summary>
public sealed class CopyingTheRemote : IDisposable
{
    private readonly BareRemote _remote = new();
    private readonly TemporaryFolder _folder = new();

    public void Dispose()
    {
        _remote.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task The_copy_takes_pushes_and_the_next_copy_starts_again_from_the_source()
    {
        var copy = BareCopy.Create(_remote.Url, _folder["gitops.git"]);
        var pushed = new GitOpsRemote(copy, "main", _folder["work"], new GitIdentity("Mlops test", "mlops@example.org"));
        await pushed.PublishAsync(tree => new GitOpsChange([new FileEdit("README.md", "GitOps\n", "GitOps, simulated\n")], "Simulated change"));

        var again = BareCopy.Create(_remote.Url, _folder["gitops.git"]);

        using var repository = new LibGit2Sharp.Repository(again);
        Assert.True(repository.Info.IsBare);
        Assert.Equal(_remote.Log()[0].Sha, repository.Branches["main"].Tip.Sha); // the simulated push is gone
    }

    [Fact]
    public void A_source_that_is_no_repository_is_named()
    {
        var error = Assert.Throws<GitOpsException>(() => BareCopy.Create(_folder["nothing-here"], _folder["gitops.git"]));

        Assert.StartsWith($"{_folder["nothing-here"]}: cannot make a bare copy in ", error.Message, StringComparison.Ordinal);
    }
}
