using System.Net;
using Mlops.Data.Internal;

namespace Mlops.Data;

/// <summary>A web server holding the dataset's files under a base URL (any static file server or a bucket's HTTP endpoint).</summary>
internal sealed class HttpDataRemote : IDataRemote
{
    // One client for the process: HttpClient is meant to be shared, and the pooled connections are recycled so DNS changes are seen.
    private static readonly HttpClient SharedClient = new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(30),
    })
    {
        Timeout = TimeSpan.FromMinutes(2),
    };

    /// <summary>How long a download may go without a byte before it is given up (the client's timeout ends at the headers).</summary>
    public static readonly TimeSpan DefaultIdleTimeout = TimeSpan.FromSeconds(60);

    private readonly HttpClient _client;
    private readonly TimeSpan _idleTimeout;

    public HttpDataRemote(Uri baseUri, HttpClient? client = null, TimeSpan? idleTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        if (!baseUri.IsAbsoluteUri || baseUri.Scheme is not ("http" or "https"))
        {
            throw new DataInputException($"Data remote '{baseUri}' is not an http(s) URL.");
        }

        // Without the trailing '/', relative paths would replace the last segment of the base instead of going under it.
        BaseUri = baseUri.AbsoluteUri.EndsWith('/') ? baseUri : new Uri(baseUri.AbsoluteUri + "/");
        _client = client ?? SharedClient;
        _idleTimeout = idleTimeout ?? DefaultIdleTimeout;
    }

    public Uri BaseUri { get; }

    public string Describe(string relativePath) => UriOf(relativePath).AbsoluteUri;

    public async Task<Stream> OpenAsync(string relativePath, CancellationToken cancellation)
    {
        var uri = UriOf(relativePath);
        HttpResponseMessage response;
        try
        {
            response = await _client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellation);
        }
        catch (HttpRequestException e)
        {
            throw new DataRemoteException($"{uri}: cannot connect ({e.Message}).", e);
        }
        catch (TaskCanceledException e) when (!cancellation.IsCancellationRequested)
        {
            throw new DataRemoteException($"{uri}: no answer within {_client.Timeout.TotalSeconds:0} s.", e);
        }

        if (!response.IsSuccessStatusCode)
        {
            var status = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
            response.Dispose();
            throw new DataRemoteException(response.StatusCode == HttpStatusCode.NotFound
                ? $"{uri}: not found ({status})."
                : $"{uri}: the server answered {status}.");
        }

        try
        {
            return new ResponseStream(response, await response.Content.ReadAsStreamAsync(cancellation), uri, _idleTimeout);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    public override string ToString() => BaseUri.AbsoluteUri;

    private Uri UriOf(string relativePath) =>
        new(BaseUri, string.Join('/', relativePath.Split('/').Select(Uri.EscapeDataString)));
}
