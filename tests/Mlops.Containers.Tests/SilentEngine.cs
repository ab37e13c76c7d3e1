using System.Net;
using Mlops.Testing;

namespace Mlops.Containers.Tests;

/// <summary>
/// An engine's Docker API on 127.0.0.1 that answers a ping and refuses everything else as podman 4.3 refuses a build
/// it cannot name: 500 with an empty body. It records the paths asked for, and stops on dispose.
/// </summary>
internal sealed class SilentEngine : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly List<string> _requests = [];
    private readonly Task _serving;

    public SilentEngine()
    {
        var port = LoopbackPort.Free();
        Host = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add($"{Host}/");
        _listener.Start();
        _serving = ServeAsync();
    }

    public string Host { get; }

    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public void Dispose()
    {
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return; // closed
            }

            var path = context.Request.Url!.AbsolutePath;
            lock (_requests)
            {
                _requests.Add(path);
            }

            // The whole request is read first, so the client sees the answer rather than a connection cut mid-upload.
            await context.Request.InputStream.CopyToAsync(Stream.Null);
            var ping = path.EndsWith("/_ping", StringComparison.Ordinal);
            context.Response.StatusCode = ping ? 200 : 500;
            if (ping)
            {
                await context.Response.OutputStream.WriteAsync("OK"u8.ToArray());
            }

            context.Response.Close();
        }
    }
}
