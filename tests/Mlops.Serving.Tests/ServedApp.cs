using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace Mlops.Serving.Tests;

/// <summary>The serving app in memory (ASP.NET Core's test server) over the trained artifacts, ready, with every log event kept.</summary>
internal sealed class ServedApp : IAsyncDisposable
{
    public const string Key = "k3y-0f-the-test-5erver";

    private readonly WebApplication _app;
    private readonly CapturedLog _log = new();

    private ServedApp(ServingOptions options, Func<ServingOptions, ServingOptions>? adjust)
    {
        options = options with { Logger = new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(_log).CreateLogger() };
        _app = ServingApp.Build(adjust?.Invoke(options) ?? options, builder => builder.WebHost.UseTestServer());
        Model = options.Model;
    }

    public ServedModel Model { get; }

    public HttpClient Client { get; private set; } = null!;

    /// <summary>Every event logged, each rendered with all its properties: what a log file would hold.</summary>
    public IReadOnlyList<string> Log => _log.Lines;

    public static async Task<ServedApp> StartAsync(TrainedModel trained, Func<ServingOptions, ServingOptions>? adjust = null)
    {
        var served = new ServedApp(new ServingOptions(ServedModel.FromArtifacts(trained.Artifacts), Key, Serilog.Core.Logger.None), adjust);
        await served._app.StartAsync();
        served.Client = served._app.GetTestClient();
        await served.WaitUntilReadyAsync();
        return served;
    }

    public static HttpRequestMessage Post(string path, string json, string? key = Key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        if (key is not null)
        {
            request.Headers.Add("X-API-Key", key);
        }

        return request;
    }

    public async Task<(int Status, string Body)> SendAsync(HttpRequestMessage request)
    {
        using var response = await Client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task<(int Status, string Body)> GetAsync(string path) => await SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }

    private async Task WaitUntilReadyAsync()
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var (status, _) = await GetAsync("/ready");
            if (status == 200)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The app was not ready in 15 s. Log:\n{string.Join('\n', Log)}");
    }

    private sealed class CapturedLog : ILogEventSink
    {
        private readonly List<string> _lines = [];

        public IReadOnlyList<string> Lines
        {
            get
            {
                lock (_lines)
                {
                    return [.. _lines];
                }
            }
        }

        public void Emit(LogEvent logEvent)
        {
            var line = $"{logEvent.Level} {logEvent.RenderMessage()} {string.Join(' ', logEvent.Properties.Select(p => $"{p.Key}={p.Value}"))} {logEvent.Exception}";
            lock (_lines)
            {
                _lines.Add(line);
            }
        }
    }
}
