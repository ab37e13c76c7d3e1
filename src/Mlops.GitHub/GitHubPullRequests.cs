using System.Globalization;
using Mlops.GitHub.Internal;
using Octokit;

namespace Mlops.GitHub;

/// <summary>
/// Keeps one open pull request per branch: finds the open pull request from the draft's branch into its base, and
/// updates its title and body, or opens one when there is none. When another run opened it in between (GitHub answers
/// 422 "A pull request already exists"), that one is found and updated. A refusal is a one-line
/// <see cref="GitHubApiException"/>.
/// </summary>
public sealed class GitHubPullRequests(IGitHubClient client)
{
    private static readonly ApiOptions AllPagesOfHundred = new() { PageSize = 100 };

    private readonly IGitHubClient _client = client ?? throw new ArgumentNullException(nameof(client));
    private readonly GitHubCall _call = new(client);

    public async Task<PullRequestResult> OpenOrUpdateAsync(GitHubRepository repository, PullRequestDraft draft, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.Head == draft.Base)
        {
            throw new ArgumentException($"A pull request from {draft.Head} into itself is not possible.", nameof(draft));
        }

        var open = await FindOpenAsync(repository, draft, cancellation);
        if (open is not null)
        {
            return await UpdateAsync(repository, draft, open, cancellation);
        }

        var pulls = _client.PullRequest;
        var doing = $"opening a pull request from {draft.Head} into {draft.Base} of {repository}";
        try
        {
            var created = await _call.SendAsync(doing,
                () => pulls.Create(repository.Owner, repository.Name, new NewPullRequest(draft.Title, draft.Head, draft.Base) { Body = draft.Body }),
                cancellation);
            return new PullRequestResult(created.Number, Created: true, created.HtmlUrl);
        }
        catch (GitHubApiException e) when (e.StatusCode == 422 && e.Message.Contains("already exists", StringComparison.OrdinalIgnoreCase))
        {
            // Another run opened it after this one looked: update that one instead.
            open = await FindOpenAsync(repository, draft, cancellation);
            if (open is null)
            {
                throw;
            }
        }

        return await UpdateAsync(repository, draft, open, cancellation);
    }

    private async Task<PullRequest?> FindOpenAsync(GitHubRepository repository, PullRequestDraft draft, CancellationToken cancellation)
    {
        var filter = new PullRequestRequest { State = ItemStateFilter.Open, Head = $"{repository.Owner}:{draft.Head}", Base = draft.Base };
        var open = await _call.SendAsync($"listing the open pull requests from {draft.Head} of {repository}",
            () => _client.PullRequest.GetAllForRepository(repository.Owner, repository.Name, filter, AllPagesOfHundred), cancellation);
        // The filter is GitHub's; checked again here, so a pull request from a fork's branch of the same name is never ours.
        return open.FirstOrDefault(p => p.Head?.Ref == draft.Head && p.Base?.Ref == draft.Base &&
            string.Equals(p.Head.Repository?.FullName ?? repository.ToString(), repository.ToString(), StringComparison.OrdinalIgnoreCase));
    }

    private async Task<PullRequestResult> UpdateAsync(GitHubRepository repository, PullRequestDraft draft, PullRequest open, CancellationToken cancellation)
    {
        if (open.Title == draft.Title && open.Body == draft.Body)
        {
            return new PullRequestResult(open.Number, Created: false, open.HtmlUrl);
        }

        var number = open.Number.ToString(CultureInfo.InvariantCulture);
        var updated = await _call.SendAsync($"updating pull request #{number} of {repository}",
            () => _client.PullRequest.Update(repository.Owner, repository.Name, open.Number, new PullRequestUpdate { Title = draft.Title, Body = draft.Body }),
            cancellation);
        return new PullRequestResult(updated.Number, Created: false, updated.HtmlUrl);
    }
}
