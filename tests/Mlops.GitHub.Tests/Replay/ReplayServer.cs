using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Mlops.GitHub.Tests.Replay;

/// <summary>
/// A real HTTP server on 127.0.0.1 and a free port that answers each request with the reply registered for its method
/// and target: the path with its whole query, else the path with only its page number (a replay serves recorded pages
/// whatever page size the client asks for), else the path alone. It records every request, and stops on dispose or after
/// <see cref="Lifetime"/>, whichever comes first, so a test that hangs cannot leave it running.
/// </summary>
internal sealed class ReplayServer : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly HttpListener _listener;
    private readonly Dictionary<string, Queue<Reply>> _replies = new(StringComparer.Ordinal);
    private readonly List<RecordedRequest> _requests = [];
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _stopping = new(Lifetime);
    private readonly Task _serving;

    public ReplayServer()
    {
        (_listener, BaseAddress) = Listen();
        _stopping.Token.Register(_listener.Close);
        _serving = ServeAsync();
    }

    /// <summary>http://127.0.0.1:{port}/ — what a GitHub Enterprise host is to Octokit, which adds /api/v3/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Where Octokit sends requests when given <see cref="BaseAddress"/>.</summary>
    public Uri ApiBase => new(BaseAddress, "api/v3/");

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_lock)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>
    /// Answers <paramref name="method"/> requests for <paramref name="target"/> (a path, with its query, with "?page=N",
    /// or bare) with each reply in turn, the last one for every request after: GitHub's state as it changes between requests.
    /// </summary>
    public void Reply(string method, string target, params Reply[] replies)
    {
        lock (_lock)
        {
            _replies[$"{method} {target}"] = new Queue<Reply>(replies);
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(5));
        _stopping.Dispose();
    }

    private static (HttpListener, Uri) Listen()
    {
        // HttpListener cannot take port 0, so ask the system for a free port and retry if another process wins it.
        for (var attempt = 1; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var address = new Uri($"http://127.0.0.1:{port}/");
            var listener = new HttpListener();
            listener.Prefixes.Add(address.ToString());
            try
            {
                listener.Start();
                return (listener, address);
            }
            catch (HttpListenerException) when (attempt < 10)
            {
                listener.Close();
            }
        }
    }

    private async Task ServeAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().WaitAsync(_stopping.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            try
            {
                await AnswerAsync(context);
            }
            catch (Exception e) when (e is HttpListenerException or IOException)
            {
                // The client went away mid-answer; keep serving the others.
            }
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var request = context.Request;
        using var reader = new StreamReader(request.InputStream, Encoding.UTF8);
        var target = request.Url!.PathAndQuery;
        var recorded = new RecordedRequest(request.HttpMethod, target, request.Headers["Authorization"], request.UserAgent, await reader.ReadToEndAsync());
        Reply reply;
        lock (_lock)
        {
            _requests.Add(recorded);
            var page = request.QueryString["page"];
            var replies = _replies.GetValueOrDefault($"{recorded.Method} {target}")
                ?? (page is null ? null : _replies.GetValueOrDefault($"{recorded.Method} {request.Url.AbsolutePath}?page={page}"))
                ?? _replies.GetValueOrDefault($"{recorded.Method} {request.Url.AbsolutePath}");
            reply = replies is null ? new Reply(599, $$"""{"message":"the replay server has no reply for {{recorded}}"}""")
                : replies.Count > 1 ? replies.Dequeue() : replies.Peek();
        }

        var response = context.Response;
        response.StatusCode = reply.Status;
        response.ContentType = "application/json; charset=utf-8";
        foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
        {
            response.Headers[name] = value;
        }

        var body = Encoding.UTF8.GetBytes(reply.Body);
        response.ContentLength64 = body.Length;
        await response.OutputStream.WriteAsync(body);
        response.Close();
    }
}
