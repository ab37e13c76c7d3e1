using Mlops.GitHub;
using Mlops.Targets;
using Serilog;

namespace Mlops.Build;

internal sealed partial class Build
{
    [Parameter("GitHub token for the pull-request comment, the GitOps pushes and --via-pull-request (on CI: the workflow's GITHUB_TOKEN)")]
    [Secret]
    private readonly string? _githubToken = null;

    /// <summary>
    /// On a pull request's CI run, keeps one comment with the evaluation up to date (updated in place on each push).
    /// Under --dry-run the comment is recorded, not sent; elsewhere (push, local runs) there is no pull request to tell.
    /// A comment that cannot be posted is a warning, not a failure: the evaluation is in the job summary anyway, and
    /// GitHub gives pull requests from forks a read-only token whatever the workflow asks for.
    /// </summary>
    private async Task CommentOnPullRequestAsync(string markdown)
    {
        try
        {
            if (PullRequestContext.FromEnvironment(Host.Variables) is not { } pullRequest)
            {
                return;
            }

            IPullRequestComments? comments = DryRunJournal is { } journal ? new DryRunPullRequestComments(journal)
                : _githubToken is { Length: > 0 } token ? new GitHubPullRequestComments(GitHubApi.Client(token, EnterpriseApi()))
                : null;
            if (comments is null)
            {
                Log.Warning("No GitHub token: the evaluation of {PullRequest} is in the job summary but not commented", pullRequest);
                return;
            }

            var comment = await comments.UpsertAsync(pullRequest, "evaluation", markdown);
            if (IsDryRun)
            {
                Log.Information("Would comment on {PullRequest} (recorded in the dry-run report)", pullRequest);
            }
            else
            {
                Log.Information(comment.Created ? "Commented on {PullRequest}: {Url}" : "Updated the comment on {PullRequest}: {Url}", pullRequest, comment.Url);
            }
        }
        catch (Exception e) when (e is GitHubApiException or InvalidDataException)
        {
            Log.Warning("The evaluation is in the job summary but not commented on the pull request: {Reason}", e.Message);
        }
    }

    /// <summary>GitHub Enterprise runs name their server; github.com needs no base address.</summary>
    private Uri? EnterpriseApi() =>
        Host.Variable("GITHUB_SERVER_URL") is { } server && server != "https://github.com" ? new Uri(server) : null;
}
