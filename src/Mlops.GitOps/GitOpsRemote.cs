using Mlops.GitOps.Internal;

namespace Mlops.GitOps;

/// <summary>
/// The GitOps remote (a URL, or a repository on disk) and the branch Argo CD follows. A change is planned against a
/// fresh clone of the branch's head, committed and pushed; when the push is refused because another push got there
/// first, it fetches, plans the change again on the new head and tries again, a bounded number of times with jittered
/// back-off. The tag, if any, is pushed only after its commit is on the branch. Each run works in a clone of its own,
/// so two runs at once never share files, and a run killed half-way leaves nothing the next one reads.
/// </summary>
public sealed class GitOpsRemote(string url, string branch, string workFolder, GitIdentity identity) : IDisposable
{
    private WorkClone? _rehearsal;

    /// <summary>
    /// A rehearsal: one clone kept for the instance's life, where each change is committed on the last and nothing is
    /// ever pushed — so a dry run of BumpManifest then Promote shows the promotion of the release it would stage.
    /// </summary>
    public bool Rehearsal { get; init; }

    /// <summary>Tries at most this many times before giving up on a branch that keeps moving.</summary>
    public int MaxAttempts { get; init; } = 10;

    /// <summary>The first pause between tries; each one after is up to twice as long, with jitter.</summary>
    public TimeSpan FirstBackoff { get; init; } = TimeSpan.FromMilliseconds(200);

    public string Url => url;

    public string Branch => branch;

    /// <summary>
    /// Plans the change on the branch's head and pushes it. Null when the plan says there is nothing to do (the same
    /// image twice): then nothing is committed.
    /// </summary>
    public Task<GitOpsPublication?> PublishAsync(Func<GitOpsTree, GitOpsChange?> plan, IProgress<string>? progress = null,
        CancellationToken cancellation = default)
    {
        if (Rehearsal)
        {
            var rehearsed = Rehearse(plan);
            return Task.FromResult(rehearsed is null ? null : new GitOpsPublication(rehearsed.Value.Commit, branch, rehearsed.Value.Change.Tag?.Name, 0));
        }

        return PushAsync(plan, progress, cancellation);
    }

    /// <summary>
    /// In a rehearsal, plans the change on the rehearsal's head and commits it there, never pushed; null when there is
    /// nothing to change. The change is returned to be shown.
    /// </summary>
    public (GitOpsChange Change, string Commit)? Rehearse(Func<GitOpsTree, GitOpsChange?> plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var clone = RehearsalClone();
        return plan(clone.Head()) is { } change ? (change, clone.Commit(change)) : null;
    }

    public void Dispose() => _rehearsal?.Dispose();

    private WorkClone RehearsalClone()
    {
        if (!Rehearsal)
        {
            throw new InvalidOperationException("Only a rehearsal keeps its clone.");
        }

        if (_rehearsal is null)
        {
            _rehearsal = WorkClone.Create(workFolder, url, branch, identity);
            _rehearsal.ResetToRemote();
        }

        return _rehearsal;
    }

    private async Task<GitOpsPublication?> PushAsync(Func<GitOpsTree, GitOpsChange?> plan, IProgress<string>? progress, CancellationToken cancellation)
    {
        using var clone = WorkClone.Create(workFolder, url, branch, identity);
        for (var attempt = 1; ; attempt++)
        {
            cancellation.ThrowIfCancellationRequested();
            var tree = clone.ResetToRemote();
            if (plan(tree) is not { } change)
            {
                progress?.Report($"Nothing to change on {branch} at {tree.Commit[..7]}");
                return null;
            }

            var commit = clone.Commit(change);
            var refused = clone.PushBranch(commit);
            if (refused is null)
            {
                if (change.Tag is { } tag)
                {
                    clone.PushTag(tag, commit);
                }

                progress?.Report($"Pushed {commit[..7]} to {Describe()}{(change.Tag is null ? "" : $" with tag {change.Tag.Name}")}");
                return new GitOpsPublication(commit, branch, change.Tag?.Name, attempt);
            }

            if (attempt >= MaxAttempts)
            {
                throw new GitOpsException($"{Describe()}: the push was refused {attempt} times ({refused}); the branch keeps moving. Nothing was pushed; run again.");
            }

            var pause = Backoff(attempt);
            progress?.Report($"{Describe()} moved on ({refused}); planning again on the new head in {pause.TotalMilliseconds:0} ms (try {attempt + 1} of {MaxAttempts})");
            await Task.Delay(pause, cancellation);
        }
    }

    /// <summary>
    /// Plans the change on the branch's head and pushes it as one commit to <paramref name="proposalBranch"/> instead,
    /// replacing what an earlier run left there, for a pull request to carry. Null when the branch already says this
    /// (nothing is pushed). The branch Argo CD follows is never touched, and no tag is made.
    /// </summary>
    public GitOpsProposal? Propose(Func<GitOpsTree, GitOpsChange?> plan, string proposalBranch, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentException.ThrowIfNullOrWhiteSpace(proposalBranch);
        if (proposalBranch == branch)
        {
            throw new GitOpsException($"The pull request's branch cannot be {branch} itself, the branch Argo CD follows.");
        }

        if (Rehearsal)
        {
            throw new InvalidOperationException("A rehearsal pushes nothing; show its change instead.");
        }

        using var clone = WorkClone.Create(workFolder, url, branch, identity);
        var tree = clone.ResetToRemote();
        if (plan(tree) is not { } change)
        {
            progress?.Report($"Nothing to change on {branch} at {tree.Commit[..7]}");
            return null;
        }

        // Planned on the base's head each time, so the branch is always the base plus this one change: a proposal that
        // fell behind is replaced, not stacked on.
        var commit = clone.Commit(change with { Tag = null });
        clone.ReplaceBranch(commit, proposalBranch);
        progress?.Report($"Pushed {commit[..7]} to {url} ({proposalBranch}), on {branch} at {tree.Commit[..7]}");
        return new GitOpsProposal(proposalBranch, branch, commit, change);
    }

    /// <summary>
    /// Reads the branch's head: what a change would be (a dry run), or what a gate must judge before one is made.
    /// Nothing is committed or pushed.
    /// </summary>
    public T Inspect<T>(Func<GitOpsTree, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (Rehearsal)
        {
            return read(RehearsalClone().Head());
        }

        using var clone = WorkClone.Create(workFolder, url, branch, identity);
        return read(clone.ResetToRemote());
    }

    private string Describe() => $"{url} ({branch})";

    private TimeSpan Backoff(int attempt)
    {
        var ceiling = FirstBackoff.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 6));
        return TimeSpan.FromMilliseconds(ceiling / 2 + Random.Shared.NextDouble() * ceiling / 2);
    }
}
