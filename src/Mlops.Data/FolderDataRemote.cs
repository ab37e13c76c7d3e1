using Mlops.Data.Internal;

namespace Mlops.Data;

/// <summary>A folder holding the dataset's files by their paths: a shared drive, a mounted bucket, <c>../shared/data/adult</c>.</summary>
internal sealed class FolderDataRemote : IDataRemote
{
    /// <param name="named">The remote as the user wrote it (<c>../shared/data/adult</c>), which messages name first.</param>
    public FolderDataRemote(string folder, string? named = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        // Whether the folder is there is asked only when a file must be fetched: data already in place and verified
        // needs no remote (an unmounted share, a laptop offline).
        Folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        Named = string.IsNullOrWhiteSpace(named) ? Folder : named;
    }

    public string Named { get; }

    public string Folder { get; }

    public string Describe(string relativePath) => DatasetPaths.Under(Folder, relativePath);

    public Task<Stream> OpenAsync(string relativePath, CancellationToken cancellation)
    {
        if (!Directory.Exists(Folder))
        {
            throw new DataRemoteException(Named == Folder
                ? $"Data remote folder {Folder} is not there."
                : $"Data remote {Named} is not there (no folder {Folder}).");
        }

        var path = Describe(relativePath);
        if (!DatasetPaths.IsInside(relativePath) || !File.Exists(path))
        {
            throw new DataRemoteException($"{path}: not found in the data remote folder {Folder}.");
        }

        return Task.FromResult<Stream>(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true));
    }

    public override string ToString() => Folder;
}
