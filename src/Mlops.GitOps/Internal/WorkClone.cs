using LibGit2Sharp;
using LibGit2Sharp.Handlers;
using Mlops.Files;
using Mlops.Processes;

namespace Mlops.GitOps.Internal;

/// <summary>
/// A clone of the GitOps remote in a folder of its own (named by this process's id), deleted when done. Folders left by
/// a process that died are deleted by the next run.
/// </summary>
internal sealed class WorkClone : IDisposable
{
    private readonly Repository _repository;
    private readonly string _folder;
    private readonly string _branch;
    private readonly GitIdentity _identity;
    private readonly string _url;
    private string? _base;

    private WorkClone(string folder, string url, string branch, GitIdentity identity, Repository repository)
    {
        _folder = folder;
        _url = url;
        _branch = branch;
        _identity = identity;
        _repository = repository;
    }

    public static WorkClone Create(string workFolder, string url, string branch, GitIdentity identity)
    {
        // libgit2 calls a missing folder an "unsupported URL protocol"; say what it is.
        if (!(Uri.TryCreate(url, UriKind.Absolute, out var uri) && !uri.IsFile) && !Directory.Exists(url))
        {
            throw new GitOpsException($"{url}: no such folder; the GitOps remote is a URL or a git repository on disk.");
        }

        Directory.CreateDirectory(workFolder);
        SweepAbandoned(workFolder);
        var folder = Path.Combine(workFolder, $"clone-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            var options = new CloneOptions { BranchName = branch, Checkout = true };
            options.FetchOptions.CredentialsProvider = Credentials(identity);
            Repository.Clone(url, folder, options);
        }
        catch (LibGit2SharpException e)
        {
            Delete(folder);
            throw new GitOpsException($"{url}: cannot clone branch {branch}: {e.Message.TrimEnd('.')}.", e);
        }

        return new WorkClone(folder, url, branch, identity, new Repository(folder));
    }

    /// <summary>Fetches the branch and tags, and puts the work tree at the remote's head.</summary>
    public GitOpsTree ResetToRemote()
    {
        try
        {
            var options = new FetchOptions { CredentialsProvider = Credentials(_identity), TagFetchMode = TagFetchMode.All, Prune = true };
            Commands.Fetch(_repository, "origin", [$"+refs/heads/{_branch}:refs/remotes/origin/{_branch}"], options, null);
        }
        catch (LibGit2SharpException e)
        {
            throw new GitOpsException($"{_url}: cannot fetch {_branch}: {e.Message.TrimEnd('.')}.", e);
        }

        var head = _repository.Branches[$"origin/{_branch}"]?.Tip ?? throw new GitOpsException($"{_url}: has no branch {_branch}.");
        _base = head.Sha;
        _repository.Reset(ResetMode.Hard, head);
        _repository.RemoveUntrackedFiles();
        return Head();
    }

    /// <summary>The work tree as it is now: the remote's head, with whatever this clone committed on it since.</summary>
    public GitOpsTree Head()
    {
        var tags = _repository.Tags.Select(t => t.FriendlyName).ToHashSet(StringComparer.Ordinal);
        var tip = _repository.Head.Tip.Sha;
        return new GitOpsTree(_folder, tip, tags, CommitTime, (path, sha) => IsOrFollowsLastChange(tip, path, sha));
    }

    /// <summary>Writes the change's files (each whole or not at all) and commits them on the branch; returns the commit.</summary>
    public string Commit(GitOpsChange change)
    {
        foreach (var edit in change.Edits)
        {
            AtomicFile.WriteText(Path.Combine(_folder, edit.Path), edit.After);
            Commands.Stage(_repository, edit.Path);
        }

        var signature = new Signature(_identity.Name, _identity.Email, DateTimeOffset.UtcNow);
        var commit = _repository.Commit(change.Message, signature, signature, new CommitOptions { AllowEmptyCommit = false });
        if (change.Tag is { } tag)
        {
            if (_repository.Tags[tag.Name] is not null)
            {
                _repository.Tags.Remove(tag.Name); // this clone's own earlier try, on a commit that was not pushed
            }

            _repository.ApplyTag(tag.Name, commit.Sha, signature, tag.Message);
        }

        return commit.Sha;
    }

    /// <summary>Pushes the branch; null when the remote took it, else why it refused (another push got there first).</summary>
    public string? PushBranch(string commit)
    {
        string? refused = null;
        var options = new PushOptions
        {
            CredentialsProvider = Credentials(_identity),
            OnPushStatusError = error => refused = error.Message,
        };
        try
        {
            _repository.Network.Push(_repository.Network.Remotes["origin"], $"{commit}:refs/heads/{_branch}", options);
        }
        catch (NonFastForwardException)
        {
            return "non-fast-forward";
        }
        catch (LibGit2SharpException e) when (e is LockedFileException || e.Message.Contains("lock", StringComparison.OrdinalIgnoreCase) || RemoteMoved())
        {
            // Another push updated (or held the lock on) the branch while this one was being sent: a race, not a fault.
            return $"another push updated {_branch} meanwhile: {e.Message.TrimEnd('.')}";
        }
        catch (LibGit2SharpException e)
        {
            throw new GitOpsException($"{_url}: cannot push {_branch}: {e.Message.TrimEnd('.')}.", e);
        }

        return refused ?? Overwritten(commit);
    }

    /// <summary>Points <paramref name="branch"/> on the remote at <paramref name="commit"/>, whatever it held: the branch is this tool's own.</summary>
    public void ReplaceBranch(string commit, string branch)
    {
        if (TryPush($"+{commit}:refs/heads/{branch}") is { } refused)
        {
            throw new GitOpsException($"{_url}: cannot push branch {branch}: {refused}.");
        }
    }

    /// <summary>
    /// Null when the remote's branch holds <paramref name="commit"/> (as its head or an ancestor of it), else why not: a
    /// remote on disk takes two pushes at once without comparing the old head, so one can overwrite the other; the one
    /// overwritten sees it here and plans again.
    /// </summary>
    private string? Overwritten(string commit)
    {
        var options = new FetchOptions { CredentialsProvider = Credentials(_identity) };
        Commands.Fetch(_repository, "origin", [$"+refs/heads/{_branch}:refs/remotes/origin/{_branch}"], options, null);
        var tip = _repository.Branches[$"origin/{_branch}"]?.Tip;
        var ours = _repository.Lookup<LibGit2Sharp.Commit>(commit);
        return tip is not null && (tip.Sha == commit || _repository.ObjectDatabase.FindMergeBase(tip, ours)?.Sha == commit)
            ? null
            : $"another push replaced {_branch} as this one landed";
    }

    /// <summary>Whether the remote's branch is no longer the head the change was planned on (or cannot be read right now).</summary>
    private bool RemoteMoved()
    {
        try
        {
            var tip = _repository.Network.ListReferences(_repository.Network.Remotes["origin"], Credentials(_identity))
                .FirstOrDefault(r => r.CanonicalName == $"refs/heads/{_branch}")?.TargetIdentifier;
            return tip != _base;
        }
        catch (LibGit2SharpException)
        {
            return true; // still locked: try again after the pause
        }
    }

    /// <summary>Pushes the tag, whose commit is on the remote by now.</summary>
    public void PushTag(ReleaseTag tag, string commit)
    {
        if (TryPush($"refs/tags/{tag.Name}:refs/tags/{tag.Name}") is { } refused)
        {
            throw new GitOpsException($"{_url}: commit {commit[..7]} is on {_branch}, but the tag {tag.Name} was refused ({refused}); push the tag by hand: git tag -a {tag.Name} {commit} && git push origin {tag.Name}.");
        }
    }

    /// <summary>Pushes one refspec; null when the remote took it, else why not.</summary>
    private string? TryPush(string refspec)
    {
        string? refused = null;
        var options = new PushOptions { CredentialsProvider = Credentials(_identity), OnPushStatusError = error => refused = error.Message };
        try
        {
            _repository.Network.Push(_repository.Network.Remotes["origin"], refspec, options);
        }
        catch (LibGit2SharpException e)
        {
            refused = e.Message.TrimEnd('.');
        }

        return refused;
    }

    private DateTimeOffset? CommitTime(string sha) =>
        ObjectId.TryParse(sha, out var id) && _repository.Lookup<LibGit2Sharp.Commit>(id) is { } commit ? commit.Committer.When : null;

    /// <summary>
    /// The commit that last changed the file is found along the branch's first parents, as the branch's own history:
    /// a change merged in from elsewhere counts from its merge, which is what Argo CD following the branch could sync.
    /// </summary>
    private bool IsOrFollowsLastChange(string tip, string path, string sha)
    {
        if (!ObjectId.TryParse(sha, out var id) || _repository.Lookup<LibGit2Sharp.Commit>(id) is not { } candidate)
        {
            return false;
        }

        var head = _repository.Lookup<LibGit2Sharp.Commit>(tip);
        var file = head[path]?.Target.Id;
        if (file is null || candidate[path]?.Target.Id != file)
        {
            return false;
        }

        var lastChange = head;
        while (lastChange.Parents.FirstOrDefault() is { } parent && parent[path]?.Target.Id == file)
        {
            lastChange = parent;
        }

        return candidate.Id == lastChange.Id || _repository.ObjectDatabase.FindMergeBase(candidate, lastChange)?.Id == lastChange.Id;
    }

    public void Dispose()
    {
        _repository.Dispose();
        Delete(_folder);
    }

    private static CredentialsHandler? Credentials(GitIdentity identity) => identity.Token is { Length: > 0 } token
        ? (_, _, _) => new UsernamePasswordCredentials { Username = identity.User ?? "x-access-token", Password = token }
        : null;

    private static void SweepAbandoned(string workFolder)
    {
        foreach (var folder in Directory.EnumerateDirectories(workFolder, "clone-*"))
        {
            var parts = Path.GetFileName(folder).Split('-');
            if (parts.Length == 3 && int.TryParse(parts[1], out var pid) && !BackgroundProcess.IsAlive(pid))
            {
                Delete(folder);
            }
        }
    }

    internal static void Delete(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        // git makes its object files read-only; clear that first so the delete works everywhere.
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        Directory.Delete(folder, recursive: true);
    }
}
