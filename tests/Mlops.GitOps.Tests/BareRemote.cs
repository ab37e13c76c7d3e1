using LibGit2Sharp;
using Mlops.Testing;

namespace Mlops.GitOps.Tests;

/// <summary>
/// A real bare git repository on disk standing for the GitOps remote, with branch main holding a staging overlay, and
/// other clones of it that push in between, as another pipeline run or a person would.
/// </summary>
internal sealed class BareRemote : IDisposable
{
    private static readonly Signature Someone = new("someone", "someone@example.org", Releases.Monday);
    private readonly TemporaryFolder _folder = new();
    private int _clones;

    public BareRemote()
    {
        Repository.Init(Url, isBare: true);
        using (var bare = new Repository(Url))
        {
            bare.Refs.UpdateTarget("HEAD", "refs/heads/main");
        }

        Commit("Seed the GitOps repository", ("k8s/overlays/staging/kustomization.yaml", Overlays.Staging),
            ("k8s/overlays/production/kustomization.yaml", Overlays.Production), ("README.md", "GitOps\n"));
    }

    public string Url => _folder["remote.git"];

    /// <summary>Where GitOpsRemote makes its work clones.</summary>
    public string WorkFolder => _folder["work"];

    public GitOpsRemote Remote(int maxAttempts = 10) =>
        new(Url, "main", WorkFolder, new GitIdentity("Mlops test", "mlops@example.org")) { MaxAttempts = maxAttempts, FirstBackoff = TimeSpan.FromMilliseconds(5) };

    /// <summary>Commits files on main from a clone of its own and pushes, as another writer of the remote.</summary>
    public string Commit(string message, params (string Path, string Text)[] files)
    {
        var path = _folder[$"clone-{Interlocked.Increment(ref _clones)}"];
        var isEmpty = !Directory.Exists(Path.Combine(Url, "refs", "heads")) || !File.Exists(Path.Combine(Url, "refs", "heads", "main"));
        if (isEmpty)
        {
            Repository.Init(path);
        }
        else
        {
            Repository.Clone(Url, path, new CloneOptions { BranchName = "main" });
        }

        using var repository = new Repository(path);
        foreach (var (file, text) in files)
        {
            var full = Path.Combine(path, file);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
            Commands.Stage(repository, file);
        }

        var commit = repository.Commit(message, Someone, Someone);
        if (isEmpty)
        {
            repository.Network.Remotes.Add("origin", Url);
        }

        repository.Network.Push(repository.Network.Remotes["origin"], $"{commit.Sha}:refs/heads/main");
        return commit.Sha;
    }

    /// <summary>The log of main, newest first: (sha, message's first line).</summary>
    public IReadOnlyList<(string Sha, string Subject)> Log()
    {
        using var bare = new Repository(Url);
        var filter = new CommitFilter { IncludeReachableFrom = bare.Branches["main"], SortBy = CommitSortStrategies.Topological };
        return [.. bare.Commits.QueryBy(filter).Select(c => (c.Sha, c.MessageShort))];
    }

    /// <summary>A file's text at main's head, or null.</summary>
    public string? Read(string path)
    {
        using var bare = new Repository(Url);
        return bare.Branches["main"].Tip[path]?.Target is Blob blob ? blob.GetContentText() : null;
    }

    /// <summary>The files a commit changed, relative paths with '/'.</summary>
    public IReadOnlyList<string> Changed(string sha)
    {
        using var bare = new Repository(Url);
        var commit = bare.Lookup<LibGit2Sharp.Commit>(sha);
        return [.. bare.Diff.Compare<TreeChanges>(commit.Parents.Single().Tree, commit.Tree).Select(c => c.Path).Order(StringComparer.Ordinal)];
    }

    /// <summary>The commits a branch holds beyond main, newest first, with their parent; null when the remote has no such branch.</summary>
    public IReadOnlyList<(string Sha, string Parent)>? Beyond(string branch, out string mainTip)
    {
        using var bare = new Repository(Url);
        mainTip = bare.Branches["main"].Tip.Sha;
        if (bare.Branches[branch] is not { } proposal)
        {
            return null;
        }

        var filter = new CommitFilter { IncludeReachableFrom = proposal, ExcludeReachableFrom = bare.Branches["main"] };
        return [.. bare.Commits.QueryBy(filter).Select(c => (c.Sha, c.Parents.Single().Sha))];
    }

    /// <summary>Every tag on the remote.</summary>
    public IReadOnlyList<string> Tags()
    {
        using var bare = new Repository(Url);
        return [.. bare.Tags.Select(t => t.FriendlyName)];
    }

    public string? TagTarget(string name)
    {
        using var bare = new Repository(Url);
        return bare.Tags[name]?.PeeledTarget.Sha;
    }

    public void Dispose() => _folder.Dispose();
}
