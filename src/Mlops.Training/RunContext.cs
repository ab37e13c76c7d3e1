using Mlops.Files;
using Mlops.Processes;

namespace Mlops.Training;

/// <summary>Where a training run came from, recorded in each run.json: the commit and the data files by content hash.</summary>
public sealed record RunContext(string? GitCommit, IReadOnlyList<DataFileHash> Data)
{
    /// <summary>
    /// The checked-out commit of <paramref name="repositoryRoot"/> (none outside a git checkout or without git) and
    /// each data file's SHA-256, named relative to the root with '/'.
    /// </summary>
    public static async Task<RunContext> CaptureAsync(string repositoryRoot, IEnumerable<string> dataFiles, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(repositoryRoot);
        ArgumentNullException.ThrowIfNull(dataFiles);
        var data = new List<DataFileHash>();
        foreach (var file in dataFiles)
        {
            var shown = Path.GetRelativePath(repositoryRoot, file).Replace(Path.DirectorySeparatorChar, '/');
            data.Add(new DataFileHash(shown, await Sha256Hex.OfFileAsync(file, cancellation)));
        }

        return new RunContext(await GitCommitAsync(repositoryRoot, cancellation), data);
    }

    private static async Task<string?> GitCommitAsync(string repositoryRoot, CancellationToken cancellation)
    {
        try
        {
            var result = await new ProcessRunner { Echo = false }.RunAsync("git", ["rev-parse", "HEAD"], repositoryRoot, cancellation);
            return result.Succeeded && result.Output.Count > 0 ? result.Output[0].Trim() : null;
        }
        catch (ProcessFailedException e) when (e.Result is null)
        {
            return null; // no git on this machine: the run is still recorded, without a commit
        }
    }
}

/// <summary>A data file and the SHA-256 of its content (lowercase hex).</summary>
public sealed record DataFileHash(string Path, string Sha256);
