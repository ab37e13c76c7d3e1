using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Mlops.Serving.Tests;

/// <summary>
/// The app as the container runs it (dotnet Mlops.Serving.dll, settings from its environment), stopped by a real
/// SIGTERM while requests are still arriving: it takes no new connection, finishes every request it has, exits 0.
/// </summary>
[Collection(WithTrainedModel.Name)]
public sealed class StoppingGracefully(TrainedModel trained)
{
    private const int InFlight = 16;

    [Fact]
    public async Task Sigterm_under_load_stops_new_connections_and_loses_no_request_in_flight()
    {
        var port = Mlops.Testing.LoopbackPort.Free();
        using var server = StartServer(port);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
        await WaitUntilReadyAsync(client, server);
        var scorer = ModelScorer.Load(ServedModel.FromArtifacts(trained.Artifacts).ModelZip);
        var body = Encoding.UTF8.GetBytes(TestRows.Batch(scorer, TestRows.Values(scorer, 200)));
        var release = new TaskCompletionSource();
        var sending = Enumerable.Range(0, InFlight).Select(_ => new HalfSentBody(body, release.Task)).ToList();

        var requests = sending.Select(content => SendAsync(client, content)).ToList();
        await Task.WhenAll(sending.Select(s => s.HalfSent)).WaitAsync(TimeSpan.FromSeconds(30));
        Signal(server, "TERM");
        await WaitUntilRefusedAsync(port);
        release.SetResult();
        var answers = await Task.WhenAll(requests).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.All(answers, answer => Assert.Equal((HttpStatusCode.OK, 200), (answer.Status, answer.Predictions)));
        Assert.True(server.WaitForExit(30_000), "the server did not exit after SIGTERM");
        Assert.Equal(0, server.ExitCode);
    }

    private Process StartServer(int port)
    {
        // The environment the container gives, and nothing of the test process's own.
        var start = new ProcessStartInfo(DotNet(), [Path.Combine(AppContext.BaseDirectory, "Mlops.Serving.dll")])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Clear();
        start.Environment["MODEL_ARTIFACTS"] = trained.Artifacts;
        start.Environment["API_KEY"] = ServedApp.Key;
        start.Environment["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<(HttpStatusCode Status, int Predictions)> SendAsync(HttpClient client, HalfSentBody content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/predict") { Content = content };
        request.Headers.Add("X-API-Key", ServedApp.Key);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, response.IsSuccessStatusCode
            ? System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("predictions").GetArrayLength() : -1);
    }

    private static async Task WaitUntilReadyAsync(HttpClient client, Process server)
    {
        for (var attempt = 0; attempt < 600 && !server.HasExited; attempt++)
        {
            try
            {
                using var response = await client.GetAsync(new Uri("/ready", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The server was not ready in 30 s (exited: {server.HasExited}).");
    }

    /// <summary>Waits until the port takes no new connection: the server has begun to stop.</summary>
    private static async Task WaitUntilRefusedAsync(int port)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                await socket.ConnectAsync(IPAddress.Loopback, port);
            }
            catch (SocketException)
            {
                return;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException("The server still took new connections 5 s after SIGTERM.");
    }

    private static void Signal(Process process, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    private static string DotNet() =>
        Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";

    /// <summary>A request body sent in two halves: the second only once the test releases it, so the request is in flight meanwhile.</summary>
    private sealed class HalfSentBody(byte[] body, Task release) : HttpContent
    {
        private readonly TaskCompletionSource _halfSent = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task HalfSent => _halfSent.Task;

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(body.AsMemory(0, body.Length / 2));
            await stream.FlushAsync();
            _halfSent.SetResult();
            await release;
            await stream.WriteAsync(body.AsMemory(body.Length / 2));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = body.Length;
            return true;
        }
    }
}
