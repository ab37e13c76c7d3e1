using Mlops.Data.Internal;
using Mlops.Files;

namespace Mlops.Data;

/// <summary>
/// Puts the <paramref name="dataset"/>'s files into <paramref name="targetDirectory"/> with exactly the content its pointer names, fetching
/// only what neither the target nor the cache already holds (DVC's pull).
/// </summary>
public sealed class DatasetPull(DatasetPointer dataset, IDataRemote remote, ContentCache cache, string targetDirectory)
{
    private readonly string _target = Path.GetFullPath(
        string.IsNullOrWhiteSpace(targetDirectory) ? throw new ArgumentException("The target directory is empty.", nameof(targetDirectory)) : targetDirectory);

    /// <summary>
    /// Per file: already in place with the right hash → <see cref="PullOutcome.Unchanged"/> (nothing fetched); in the
    /// cache → placed from it; else fetched into the cache (verified) and placed. Placing copies into a temporary file
    /// in the target folder, verifies it and renames it, so a file in place is always whole and right.
    /// </summary>
    public async Task<PullReport> RunAsync(IProgress<string>? progress = null, CancellationToken cancellation = default)
    {
        if (cache.RemoveStaleTemporaryFiles() is > 0 and var swept)
        {
            progress?.Report($"Removed {swept} temporary file(s) that interrupted pulls left in {cache.Directory}");
        }

        var pulled = new List<PulledFile>(dataset.Files.Count);
        foreach (var file in dataset.Files)
        {
            if (!DatasetPaths.IsInside(file.Path))
            {
                throw new DataInputException($"Dataset '{dataset.Name}': '{file.Path}' is not a relative path inside the dataset.");
            }

            var outcome = await PullAsync(file, cancellation);
            progress?.Report(outcome switch
            {
                PullOutcome.Unchanged => $"{Shown(file)}: unchanged",
                PullOutcome.FromCache => $"{Shown(file)}: placed from the cache",
                _ => $"{Shown(file)}: fetched {file.Size} bytes from {remote.Describe(file.Path)}",
            });
            pulled.Add(new PulledFile(file.Path, file.Sha256, file.Size, outcome));
        }

        return new PullReport(pulled);
    }

    private async Task<PullOutcome> PullAsync(DatasetFile file, CancellationToken cancellation)
    {
        var target = DatasetPaths.Under(_target, file.Path);
        if (await IsInPlaceAsync(target, file, cancellation))
        {
            return PullOutcome.Unchanged;
        }

        if (cache.Contains(file))
        {
            if (await PlaceAsync(file, target, cancellation))
            {
                return PullOutcome.FromCache;
            }

            cache.Remove(file); // damaged on disk since it was cached: fetch it again
        }

        await FetchAsync(file, cancellation);
        return await PlaceAsync(file, target, cancellation)
            ? PullOutcome.Fetched
            : throw new DataIntegrityException($"{Shown(file)}: the cached copy at {cache.PathOf(file.Sha256)} changed while it was placed.");
    }

    private static async Task<bool> IsInPlaceAsync(string target, DatasetFile file, CancellationToken cancellation)
    {
        var existing = new FileInfo(target);
        return existing.Exists && existing.Length == file.Size && await Sha256Hex.OfFileAsync(target, cancellation) == file.Sha256;
    }

    private async Task<bool> PlaceAsync(DatasetFile file, string target, CancellationToken cancellation)
    {
        await using var stored = new FileStream(cache.PathOf(file.Sha256), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        return (await VerifiedCopy.CopyAsync(stored, target, file, cancellation)).IsExpected;
    }

    private async Task FetchAsync(DatasetFile file, CancellationToken cancellation)
    {
        var source = remote.Describe(file.Path);
        try
        {
            await using var content = await remote.OpenAsync(file.Path, cancellation);
            await cache.AddAsync(content, file, dataset.Name, source, cancellation);
        }
        catch (DataRemoteException e)
        {
            throw new DataRemoteException($"{Shown(file)}: {e.Message}", e);
        }
        catch (Exception e) when (e is IOException or HttpRequestException or UnauthorizedAccessException)
        {
            throw new DataRemoteException($"{Shown(file)}: reading {source} failed: {e.Message}", e);
        }
    }

    private string Shown(DatasetFile file) => $"{dataset.Name}/{file.Path}";
}
