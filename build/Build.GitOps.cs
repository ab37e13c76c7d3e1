using Mlops.Containers;
using Mlops.GitHub;
using Mlops.GitOps;
using Mlops.Targets;
using Mlops.Targets.GitHubActions;
using Mlops.Targets.Simulation;
using Serilog;

namespace Mlops.Build;

/// <summary>
/// After Push the pipeline changes git, never the cluster: Argo CD syncs what the GitOps repository says. BumpManifest
/// pins the staging overlay to the pushed digest and records the release in the model registry, one commit pushed to
/// the GitOps remote (on CI this repository; locally only with --gitops-remote, else the change is shown, not made).
/// </summary>
internal sealed partial class Build
{
    private const string ModelName = "adult-income";

    [Parameter("GitOps repository BumpManifest, Promote and Rollback commit to: a URL or a folder (on GitHub Actions: this repository; locally none, so they only show what they would do)")]
    private readonly string? _gitopsRemote = null;

    [Parameter("Branch of the GitOps repository that Argo CD follows")]
    private readonly string _gitopsBranch = "main";

    [Parameter("Push each GitOps change to a branch of its own and open (or update) a pull request into the GitOps branch, instead of pushing to it; the remote must be on GitHub")]
    private readonly bool _viaPullRequest = false;

    private static GitOpsLayout Layout => new(ModelName);

    /// <summary>Now, to the second: the registry's times are for people and DeliveryReport, not for ordering.</summary>
    private static DateTimeOffset Now => DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());

    /// <summary>The remote the delivery targets push to: the parameter, or this repository on GitHub Actions; null: none.</summary>
    private string? GitOpsUrl => _gitopsRemote is { } given
        ? (Uri.TryCreate(given, UriKind.Absolute, out var uri) && !uri.IsFile ? given : (RootDirectory / given).ToString())
        : Host.IsGitHubActions ? $"{Host.Variable("GITHUB_SERVER_URL") ?? "https://github.com"}/{Host.Variable("GITHUB_REPOSITORY")}.git" : null;

    private GitOpsRemote? _rehearsal;

    /// <summary>
    /// Whether the GitOps targets only show what they would do: under --dry-run, or locally without --gitops-remote.
    /// They then rehearse in one clone kept for the run, so Promote shows the promotion of what BumpManifest would stage.
    /// </summary>
    private bool ShowOnly => DryRunJournal is not null || GitOpsUrl is null;

    /// <summary>The GitOps remote; in a show-only run, the rehearsal on a clone of it (or of this repository).</summary>
    private GitOpsRemote GitOps => ShowOnly
        ? _rehearsal ??= new GitOpsRemote(GitOpsUrl ?? RootDirectory, _gitopsBranch, TemporaryDirectory / "gitops", GitIdentity.FromGitConfig(RootDirectory)) { Rehearsal = true }
        : new GitOpsRemote(GitOpsUrl!, _gitopsBranch, TemporaryDirectory / "gitops",
            Host.IsGitHubActions ? GitIdentity.GitHubActionsBot(_githubToken) : GitIdentity.FromGitConfig(RootDirectory));

    private Target BumpManifest => _ => _
        .Description("Pin the staging overlay to the pushed image by digest and record the release as Staging in models/; one commit pushed to the GitOps remote")
        .DependsOn(Push)
        .OnlyWhenStatic(GitHubCondition.PushTo("main"))
        .Permissions(GitOpsPermissions())
        .Consumes(Push)
        .UsesSecrets(() => _githubToken)
        .Executes(async () =>
        {
            var image = BuiltImage.Read(ImageRecord);
            var digest = image.Digest is { } pushed
                ? ImageDigest.Parse(pushed, $"{Shown(ImageRecord)}: digest")
                : DryRunJournal is not null
                    ? ImageDigest.Parse(image.ImageId, $"{Shown(ImageRecord)}: imageId") // a dry run pushed nothing: the image ID stands in
                    : throw new GitOpsException($"{Shown(ImageRecord)} has no digest: the image was not pushed; run ./build.sh Push first.");
            var candidate = ReleaseCandidate.FromImage(image.Name, digest, image.Labels);
            await PublishAsync("staging", tree => new StagingBump(Layout).Plan(tree, candidate, Now),
                image.Digest is null ? "the image ID stands in for the digest Push would get" : null);
        });

    /// <summary>
    /// Plans the change on the GitOps remote's head and pushes it, or with --via-pull-request pushes it to the branch
    /// mlops/&lt;model&gt;/&lt;<paramref name="purpose"/>&gt; and opens or updates its pull request; under --dry-run, or
    /// locally without --gitops-remote, plans it on the remote (or this repository) and shows the diffs, the commit and
    /// the tag or pull request instead.
    /// </summary>
    private async Task PublishAsync(string purpose, Func<GitOpsTree, GitOpsChange?> plan, string? caveat = null)
    {
        var url = GitOpsUrl;
        var remote = GitOps;
        var proposalBranch = _viaPullRequest ? $"mlops/{ModelName}/{purpose}" : null;
        if (ShowOnly)
        {
            var change = remote.Rehearse(plan)?.Change;
            var effects = change is null ? [] : GitOpsEffects.Of(change, url ?? "the GitOps remote", _gitopsBranch, proposalBranch);
            foreach (var effect in effects)
            {
                if (DryRunJournal is { } journal)
                {
                    journal.Record(effect);
                }
                else
                {
                    Log.Information("Would {Kind} {Description}{Diff}", effect.Kind, effect.Description, effect.Diff is null ? "" : "\n" + effect.Diff.TrimEnd());
                }
            }

            Log.Information(change is null ? "Nothing to change: the GitOps repository already says this" :
                url is null ? "Shown, not done: no GitOps remote locally; pass --gitops-remote <url or folder> to commit and push it" :
                "Recorded in the dry-run report; nothing committed or pushed");
            if (caveat is not null && change is not null)
            {
                Log.Information("Note: {Caveat}", caveat);
            }

            if (proposalBranch is not null && url is not null && change is not null)
            {
                try
                {
                    PullRequestsOn(url);
                }
                catch (GitOpsException refused)
                {
                    Log.Warning("A real run would refuse: {Reason}", refused.Message);
                }
            }

            return;
        }

        using (remote)
        {
            if (proposalBranch is null)
            {
                await remote.PublishAsync(plan, Steps); // it says what it pushed, or that there was nothing to change
                return;
            }

            // Checked before anything is pushed, so a run that cannot open the pull request leaves no branch behind.
            var (repository, pullRequests) = PullRequestsOn(url!);
            if (remote.Propose(plan, proposalBranch, Steps) is not { } proposal)
            {
                return;
            }

            var pullRequest = await pullRequests.OpenOrUpdateAsync(repository,
                new PullRequestDraft(proposal.Branch, proposal.Base, proposal.Title, proposal.Body));
            Log.Information(pullRequest.Created ? "Opened pull request #{Number}: {Url}" : "Updated pull request #{Number}: {Url}",
                pullRequest.Number, pullRequest.Url);
        }
    }

    /// <summary>
    /// A simulated run cannot push to GitHub: its GitOps jobs push to a bare clone of this repository instead, made
    /// afresh for each simulation, so the commits and tags they would make can be looked at there afterwards.
    /// </summary>
    private RunnerStandIn GitOpsStandIn() => new(
        "a bare clone of this repository on disk, in place of the GitHub repository the GitOps jobs push to",
        [nameof(BumpManifest), nameof(Promote), nameof(Rollback)],
        () =>
        {
            var bare = BareCopy.Create(RootDirectory, TemporaryDirectory / "simulated-gitops.git");
            Log.Information("The simulated GitOps pushes land in {Remote}", bare);
            return Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string> { ["GITOPS_REMOTE"] = bare });
        });

    /// <summary>The GitHub repository the GitOps remote is, and its pull requests through the token; else why not.</summary>
    private (GitHubRepository Repository, GitHubPullRequests PullRequests) PullRequestsOn(string url)
    {
        GitHubRepository repository;
        try
        {
            repository = GitHubRepository.FromRemoteUrl(url);
        }
        catch (ArgumentException e)
        {
            throw new GitOpsException($"--via-pull-request opens a pull request on GitHub, but the GitOps remote {url} is not a GitHub repository (https://<host>/<owner>/<repository>).", e);
        }

        var token = _githubToken is { Length: > 0 } given ? given : throw new GitOpsException("--via-pull-request needs a GitHub token: --github-token, or GITHUB_TOKEN on CI.");
        return (repository, new GitHubPullRequests(GitHubApi.Client(token, repository.EnterpriseServer)));
    }

    /// <summary>
    /// What a job that changes the GitOps repository may do: push, and open pull requests for --via-pull-request. The
    /// workflow does not depend on that parameter, so a local run with it leaves the workflows as they are; and a job
    /// that may push to the branch gains nothing from the pull requests permission that it could not do already.
    /// </summary>
    private static string[] GitOpsPermissions(params string[] others) => ["contents: write", "pull-requests: write", .. others];
}
