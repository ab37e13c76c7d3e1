using System.Globalization;
using Mlops.Processes;

namespace Mlops.Containers;

/// <summary>
/// What an image is built from, as docker/metadata-action reads it: the commit and its time (for labels that are the
/// same on every build of it), the branch, the pull request or the release tag, and the repository's name and URL.
/// </summary>
public sealed record SourceRevision(string Commit, DateTimeOffset CommitTime, string Repository, string? SourceUrl)
{
    public string? Branch { get; init; }

    public int? PullRequest { get; init; }

    /// <summary>A release tag such as v1.2.0.</summary>
    public string? Tag { get; init; }

    /// <summary>
    /// From a GitHub Actions run's variables where they are set (GITHUB_SHA, GITHUB_REF, GITHUB_REPOSITORY,
    /// GITHUB_SERVER_URL), else from the checkout with git; the commit's time always from git.
    /// </summary>
    public static async Task<SourceRevision> ReadAsync(string repositoryRoot, IReadOnlyDictionary<string, string> environment,
        CancellationToken cancellation = default)
    {
        string? Variable(string name) => environment.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
        var git = new ProcessRunner { Echo = false };
        async Task<string?> Git(params string[] arguments)
        {
            var result = await git.RunAsync("git", arguments, repositoryRoot, cancellation);
            return result.Succeeded && result.Output.Count > 0 ? result.Output[0].Trim() : null;
        }

        var commit = Variable("GITHUB_SHA") ?? await Git("rev-parse", "HEAD")
            ?? throw new ContainerEngineException($"{repositoryRoot}: no git commit to build an image of (git rev-parse HEAD failed).");
        var time = await Git("show", "-s", "--format=%cI", commit);
        var repository = Variable("GITHUB_REPOSITORY") ?? Path.GetFileName(Path.GetFullPath(repositoryRoot).TrimEnd('/'));
        var url = Variable("GITHUB_SERVER_URL") is { } server && Variable("GITHUB_REPOSITORY") is { } name ? $"{server}/{name}" : await Git("remote", "get-url", "origin");
        var reference = Variable("GITHUB_REF") ?? (await Git("symbolic-ref", "-q", "HEAD"));
        var revision = new SourceRevision(commit, time is null ? DateTimeOffset.UnixEpoch : DateTimeOffset.Parse(time, CultureInfo.InvariantCulture),
            repository.ToLowerInvariant(), url);
        return reference switch
        {
            { } r when r.StartsWith("refs/heads/", StringComparison.Ordinal) => revision with { Branch = r["refs/heads/".Length..] },
            { } r when r.StartsWith("refs/tags/", StringComparison.Ordinal) => revision with { Tag = r["refs/tags/".Length..] },
            { } r when r.StartsWith("refs/pull/", StringComparison.Ordinal) && int.TryParse(r.Split('/')[2], CultureInfo.InvariantCulture, out var number)
                => revision with { PullRequest = number },
            _ => revision,
        };
    }
}
