using System.Net;

namespace Mlops.Data.Tests;

/// <summary>
/// A real HTTP server on 127.0.0.1 serving the files of a folder (404 for anything else), for as long as the test holds
/// it: a static file server, as a data remote would be.
/// </summary>
internal sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _folder;
    private readonly Task _serving;
    private readonly long? _stallAfter;
    private readonly CancellationTokenSource _stopping = new();
    private int _requests;

    /// <param name="stallAfter">Send only this many bytes of a file, then nothing more until disposed (a hung server).</param>
    public LoopbackHttpServer(string folder, long? stallAfter = null)
    {
        _folder = folder;
        _stallAfter = stallAfter;
        BaseUri = new Uri($"http://127.0.0.1:{FreePort()}/data/");
        _listener.Prefixes.Add(BaseUri.AbsoluteUri);
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public Uri BaseUri { get; }

    public int Requests => _requests;

    /// <summary>A port nothing listens on (the OS hands out a free one; it is released at once).</summary>
    public static int FreePort() => Mlops.Testing.LoopbackPort.Free();

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        _listener.Close();
        await _serving.WaitAsync(TimeSpan.FromSeconds(10));
        _stopping.Dispose();
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
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return; // stopped
            }

            Interlocked.Increment(ref _requests);
            try
            {
                await AnswerAsync(context);
            }
            catch (Exception e) when (e is HttpListenerException or IOException)
            {
                // The client went away mid-answer; serve the next one.
            }
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        using var response = context.Response;
        var relative = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath[BaseUri.AbsolutePath.Length..]);
        var path = Path.Combine(_folder, relative);
        if (relative.Contains("..", StringComparison.Ordinal) || !File.Exists(path))
        {
            response.StatusCode = (int)HttpStatusCode.NotFound;
            return;
        }

        response.ContentLength64 = new FileInfo(path).Length;
        await using var file = File.OpenRead(path);
        if (_stallAfter is { } sent)
        {
            var part = new byte[sent];
            await file.ReadExactlyAsync(part);
            await response.OutputStream.WriteAsync(part);
            await response.OutputStream.FlushAsync();
            try
            {
                await Task.Delay(Timeout.Infinite, _stopping.Token);
            }
            catch (OperationCanceledException)
            {
                // Disposed: the test is over.
            }

            return;
        }

        await file.CopyToAsync(response.OutputStream);
    }
}
