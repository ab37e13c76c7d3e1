using Mlops.Data.Internal;
using Mlops.Files;

namespace Mlops.Data;

/// <summary>
/// A local store of file contents by SHA-256 (<c>sha256/ab/abcd…</c> under <see cref="Directory"/>), which any number
/// of datasets (and checkouts, given one folder) can share: a file fetched once is never fetched again. Only verified
/// content gets in. The build keeps one per checkout, under .nuke/temp/data-cache.
/// </summary>
public sealed class ContentCache(string directory)
{
    public string Directory { get; } = Path.GetFullPath(
        string.IsNullOrWhiteSpace(directory) ? throw new ArgumentException("The cache directory is empty.", nameof(directory)) : directory);

    /// <summary>Where content with this hash is (or would be) stored.</summary>
    public string PathOf(string sha256) =>
        Sha256Hex.IsValid(sha256)
            ? Path.Combine(Directory, "sha256", sha256[..2], sha256)
            : throw new ArgumentException($"'{sha256}' is not 64 lowercase hexadecimal digits.", nameof(sha256));

    /// <summary>Whether the cache holds the file's content (by name and size; the bytes are verified again when placed).</summary>
    public bool Contains(DatasetFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var stored = new FileInfo(PathOf(file.Sha256));
        return stored.Exists && stored.Length == file.Size;
    }

    /// <summary>
    /// Stores <paramref name="content"/> as <paramref name="expected"/>, hashing while copying. Content of another hash
    /// or size is a <see cref="DataIntegrityException"/> naming <paramref name="dataset"/>/path, both hashes and
    /// <paramref name="source"/>, and leaves nothing in the cache. Returns the stored file's path.
    /// </summary>
    internal async Task<string> AddAsync(Stream content, DatasetFile expected, string dataset, string source, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(expected);
        var path = PathOf(expected.Sha256);
        var received = await VerifiedCopy.CopyAsync(content, path, expected, cancellation);
        return received.IsExpected ? path : throw Mismatch($"{dataset}/{expected.Path}", expected, received, source);
    }

    /// <summary>
    /// How long a temporary file in the cache may go unwritten before it counts as left by a killed pull. A running
    /// pull writes its temporary file as bytes arrive and gives up after <see cref="HttpDataRemote.DefaultIdleTimeout"/>
    /// without one, so a file untouched for ten times that has no living writer: age, not a lock, tells them apart,
    /// and works across processes and checkouts sharing one cache.
    /// </summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Deletes the hidden temporary files (<c>.name.guid.tmp</c>) that copies killed half-way left in the cache and
    /// that no pull has written for <see cref="StaleAfter"/>; returns how many it deleted. A temporary file of a pull
    /// running now, in this process or another, is younger and stays.
    /// </summary>
    public int RemoveStaleTemporaryFiles()
    {
        var store = Path.Combine(Directory, "sha256");
        if (!System.IO.Directory.Exists(store))
        {
            return 0;
        }

        var removed = 0;
        var before = DateTime.UtcNow - StaleAfter;
        foreach (var file in new DirectoryInfo(store).EnumerateFiles(".*.tmp", SearchOption.AllDirectories))
        {
            if (file.LastWriteTimeUtc < before)
            {
                try
                {
                    file.Delete();
                    removed++;
                }
                catch (IOException)
                {
                    // Gone already (another pull swept it) or held open: the next pull tries again.
                }
            }
        }

        return removed;
    }

    /// <summary>Forgets the file's content, e.g. when it was found damaged on disk.</summary>
    public void Remove(DatasetFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        File.Delete(PathOf(file.Sha256));
    }

    internal static DataIntegrityException Mismatch(string shown, DatasetFile expected, Received received, string source)
    {
        var got = received.Sha256 ?? $"more than {expected.Size} bytes";
        var sizes = received.Size == expected.Size || received.Sha256 is null ? "" : $" ({received.Size} bytes instead of {expected.Size})";
        return new DataIntegrityException($"{shown}: expected sha256 {expected.Sha256}, got {got}{sizes} from {source}.");
    }
}
