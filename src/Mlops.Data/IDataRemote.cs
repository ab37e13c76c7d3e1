namespace Mlops.Data;

/// <summary>
/// Where a dataset's files can be fetched from, by their path in the dataset (a plain folder layout, so a remote can
/// be any folder or static web server holding the files).
/// </summary>
public interface IDataRemote
{
    /// <summary>Where <paramref name="relativePath"/> is fetched from (a full path or URL), for messages.</summary>
    string Describe(string relativePath);

    /// <summary>The file's bytes; a file the remote cannot deliver is a <see cref="DataRemoteException"/> naming it.</summary>
    Task<Stream> OpenAsync(string relativePath, CancellationToken cancellation);
}
