namespace Mlops.Data;

public static class DataRemote
{
    /// <summary>
    /// The remote that <paramref name="remote"/> names: an http(s) URL, a file: URL, or a folder (a relative one is
    /// taken from <paramref name="baseDirectory"/>, usually the repository root).
    /// </summary>
    public static IDataRemote Parse(string remote, string baseDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(baseDirectory);
        if (string.IsNullOrWhiteSpace(remote))
        {
            throw new DataInputException("The data remote is empty: give a folder or an http(s) URL.");
        }

        if (Uri.TryCreate(remote, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return new HttpDataRemote(uri);
        }

        if (uri is { IsFile: true } && remote.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return new FolderDataRemote(uri.LocalPath, remote);
        }

        if (remote.Contains("://", StringComparison.Ordinal))
        {
            throw new DataInputException($"Data remote '{remote}': only folders and http(s) URLs are supported.");
        }

        return new FolderDataRemote(Path.GetFullPath(Path.Combine(baseDirectory, remote)), remote);
    }
}
