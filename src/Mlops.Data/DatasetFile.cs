namespace Mlops.Data;

/// <summary>
/// One file of a dataset: its <paramref name="Path"/> inside the dataset (relative, with '/'), the lowercase hex
/// SHA-256 of its bytes, and its size in bytes. The hash is its identity; the path is only where it goes.
/// </summary>
public sealed record DatasetFile(string Path, string Sha256, long Size);
