using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Mlops.Testing;

namespace Mlops.Kubernetes.Tests;

/// <summary>
/// A Kubernetes API server on a loopback port that replays recorded objects: each path answers its objects in turn
/// (the last one for good), 404 with a Status where nothing is recorded, 401 to a request without the right bearer
/// token, or nothing at all where told to stay silent. A kubeconfig written for it makes KubernetesClient its client.
/// </summary>
internal sealed class ReplayedCluster : IDisposable
{
    public const string Token = "replayed-token";

    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, Queue<Answer>> _answers = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _asked = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _serving;

    public ReplayedCluster()
    {
        Url = $"http://127.0.0.1:{LoopbackPort.Free()}";
        _listener.Prefixes.Add($"{Url}/");
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public string Url { get; }

    /// <summary>Every path asked for, in order.</summary>
    public IReadOnlyList<string> Asked => [.. _asked];

    public static string PathOf(string plural, string @namespace, string name) => $"/apis/argoproj.io/v1alpha1/namespaces/{@namespace}/{plural}/{name}";

    /// <summary>The path answers these objects, one per request, the last for every request after.</summary>
    public void Replay(string path, params JsonObject[] objects) => _answers[path] = new Queue<Answer>(objects.Select(o => new Answer(200, o.ToJsonString())));

    /// <summary>The path takes requests and never answers them.</summary>
    public void StaySilent(string path) => _answers[path] = new Queue<Answer>([new Answer(0, "")]);

    /// <summary>A kubeconfig whose context "replay" points at this server with <paramref name="token"/>.</summary>
    public string WriteKubeconfig(TemporaryFolder folder, string token = Token) => folder.Write("kubeconfig", $"""
        apiVersion: v1
        kind: Config
        clusters:
          - name: replay
            cluster:
              server: {Url}
        users:
          - name: gate
            user:
              token: {token}
        contexts:
          - name: replay
            context:
              cluster: replay
              user: gate
        current-context: replay
        """);

    public void Dispose()
    {
        _stopping.Cancel();
        _listener.Close();
        _ = _serving.Wait(TimeSpan.FromSeconds(10));
        _stopping.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return; // closed
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        _asked.Enqueue(path);
        var answer = context.Request.Headers["Authorization"] != $"Bearer {Token}"
            ? new Answer(401, Status(401, "Unauthorized", "Unauthorized"))
            : _answers.TryGetValue(path, out var queue) ? Next(queue)
            : new Answer(404, Status(404, "NotFound", $"the object at {path} is not found"));
        try
        {
            if (answer.Code == 0)
            {
                await Task.Delay(Timeout.Infinite, _stopping.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                context.Response.Abort();
                return;
            }

            context.Response.StatusCode = answer.Code;
            context.Response.ContentType = "application/json";
            var body = Encoding.UTF8.GetBytes(answer.Body);
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
        {
            // the client went away, or the server is stopping
        }
    }

    private static Answer Next(Queue<Answer> queue)
    {
        lock (queue)
        {
            return queue.Count > 1 ? queue.Dequeue() : queue.Peek();
        }
    }

    private static string Status(int code, string reason, string message) =>
        new JsonObject { ["kind"] = "Status", ["apiVersion"] = "v1", ["status"] = "Failure", ["message"] = message, ["reason"] = reason, ["code"] = code }.ToJsonString();

    private sealed record Answer(int Code, string Body);
}
