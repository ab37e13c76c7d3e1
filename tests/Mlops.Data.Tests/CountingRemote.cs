namespace Mlops.Data.Tests;

/// <summary>A remote that counts what it is asked to open, to prove a pull did not touch the remote.</summary>
internal sealed class CountingRemote(IDataRemote inner) : IDataRemote
{
    private int _opens;

    public int Opens => _opens;

    public string Describe(string relativePath) => inner.Describe(relativePath);

    public Task<Stream> OpenAsync(string relativePath, CancellationToken cancellation)
    {
        Interlocked.Increment(ref _opens);
        return inner.OpenAsync(relativePath, cancellation);
    }
}
