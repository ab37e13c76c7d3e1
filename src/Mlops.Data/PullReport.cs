namespace Mlops.Data;

/// <summary>How a file came to be in place.</summary>
public enum PullOutcome
{
    /// <summary>Already in place with the right content; nothing was read from the cache or the remote.</summary>
    Unchanged,

    /// <summary>Placed from the local cache; the remote was not touched.</summary>
    FromCache,

    /// <summary>Fetched from the remote, verified, cached and placed.</summary>
    Fetched,
}

public sealed record PulledFile(string Path, string Sha256, long Size, PullOutcome Outcome);

public sealed record PullReport(IReadOnlyList<PulledFile> Files)
{
    /// <summary>How many files had each outcome, e.g. "2 files: 1 fetched, 1 from cache, 0 unchanged".</summary>
    public string Summary =>
        $"{Files.Count} files: {Count(PullOutcome.Fetched)} fetched, {Count(PullOutcome.FromCache)} from cache, {Count(PullOutcome.Unchanged)} unchanged";

    private int Count(PullOutcome outcome) => Files.Count(f => f.Outcome == outcome);
}
