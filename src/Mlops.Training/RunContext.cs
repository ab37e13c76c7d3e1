namespace Mlops.Training;

/// <summary>Where a training run came from, recorded in each run.json: the commit and the data files by content hash.</summary>
public sealed record RunContext(string? GitCommit, IReadOnlyList<DataFileHash> Data);

/// <summary>A data file and the SHA-256 of its content (lowercase hex).</summary>
public sealed record DataFileHash(string Path, string Sha256);
