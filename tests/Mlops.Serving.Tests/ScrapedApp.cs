using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Mlops.Kubernetes;
using Mlops.Testing;

namespace Mlops.Serving.Tests;

/// <summary>
/// The serving app with the trained model on a real loopback port, scraped every second by Debian's real prometheus,
/// which labels its series <c>service</c> and <c>namespace</c> as the cluster's Kubernetes service discovery would label
/// the canary's pods. The test sends it requests whose outcome it knows, and asks Prometheus what it recorded.
/// </summary>
internal sealed class ScrapedApp : IAsyncDisposable
{
    public const string Service = "mlops-serving-canary";
    public const string Namespace = "mlops-staging";

    private readonly WebApplication _app;
    private readonly HttpClient _client;
    private readonly HttpClient _prometheusClient = PrometheusServer.Client();
    private readonly List<string> _good;
    private readonly string _invalid;

    private ScrapedApp(WebApplication app, HttpClient client, PrometheusServer prometheus, List<string> good, string invalid)
    {
        _app = app;
        _client = client;
        Prometheus = prometheus;
        _good = good;
        _invalid = invalid;
    }

    public PrometheusServer Prometheus { get; }

    /// <summary>The template's arguments as the Rollout passes them for this canary, and the address of the test's Prometheus.</summary>
    public Dictionary<string, string> Args => new()
    {
        ["service-name"] = Service,
        ["namespace"] = Namespace,
        ["prometheus-address"] = Prometheus.Address,
    };

    public static async Task<ScrapedApp> StartAsync(TrainedModel trained)
    {
        var model = ServedModel.FromArtifacts(trained.Artifacts);
        var app = ServingApp.Build(new ServingOptions(model, ServedApp.Key, Serilog.Core.Logger.None) { Urls = ["http://127.0.0.1:0"] });
        await app.StartAsync();
        var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = new Uri(app.Urls.Single()), Timeout = TimeSpan.FromSeconds(60) };
        PrometheusServer? prometheus = null;
        try
        {
            await WaitUntilReadyAsync(client);
            var scorer = ModelScorer.Load(model.ModelZip);
            var rows = TestRows.Values(scorer, 100);
            var invalid = TestRows.Record(scorer, rows[0]);
            invalid["age"] = "thirty-nine";
            prometheus = await PrometheusServer.StartAsync(new ScrapeTarget(client.BaseAddress!.Authority,
                new Dictionary<string, string> { ["service"] = Service, ["namespace"] = Namespace }));
            return new ScrapedApp(app, client, prometheus, [.. rows.Select(r => TestRows.Record(scorer, r).ToJsonString())], invalid.ToJsonString());
        }
        catch
        {
            prometheus?.Dispose();
            client.Dispose();
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Sends <paramref name="good"/> predictions with the key (200), <paramref name="unauthorized"/> without it (401) and
    /// <paramref name="invalid"/> with a field of the wrong type (400), interleaved, one at a time; returns how long each
    /// took as the client saw it, which bounds what the server measured.
    /// </summary>
    public async Task<IReadOnlyList<TimeSpan>> SendAsync(int good, int unauthorized, int invalid)
    {
        // Spread evenly, each kind by its own count, so failures are among the successes rather than after them.
        (string Body, string? Key, int Status, double At) Request(int i, int of, string body, string? key, int status) => (body, key, status, (i + 0.5) / of);
        var requests = Enumerable.Range(0, good).Select(i => Request(i, good, _good[i % _good.Count], ServedApp.Key, 200))
            .Concat(Enumerable.Range(0, unauthorized).Select(i => Request(i, unauthorized, _good[i % _good.Count], null, 401)))
            .Concat(Enumerable.Range(0, invalid).Select(i => Request(i, invalid, _invalid, ServedApp.Key, 400)))
            .OrderBy(r => r.At).ToList();
        var took = new List<TimeSpan>();
        foreach (var (body, key, expected, _) in requests)
        {
            var clock = Stopwatch.StartNew();
            using var response = await _client.SendAsync(ServedApp.Post("/predict", body, key));
            took.Add(clock.Elapsed);
            Assert.True((int)response.StatusCode == expected, $"expected {expected}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return took;
    }

    /// <summary>The app's latency histogram as its /metrics shows it now, scraped by the test itself: upper bound → cumulative count.</summary>
    public async Task<SortedDictionary<double, double>> LatencyBucketsAsync()
    {
        var text = await _client.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        var buckets = new SortedDictionary<double, double>();
        foreach (var line in text.Split('\n').Where(l => l.StartsWith("model_prediction_latency_seconds_bucket{", StringComparison.Ordinal)))
        {
            var le = line[(line.IndexOf("le=\"", StringComparison.Ordinal) + 4)..];
            le = le[..le.IndexOf('"', StringComparison.Ordinal)];
            buckets[le == "+Inf" ? double.PositiveInfinity : double.Parse(le, CultureInfo.InvariantCulture)] =
                double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
        }

        return buckets;
    }

    /// <summary>
    /// Asks Prometheus <paramref name="query"/> once a scrape interval until <paramref name="done"/> holds for the answer
    /// (at most 30 s), and returns that answer; a timeout names what was awaited, the last answer and Prometheus' log.
    /// </summary>
    public async Task<IReadOnlyList<double>> WaitForAsync(string what, string query, Func<IReadOnlyList<double>, bool> done)
    {
        IReadOnlyList<double> last = [];
        for (var clock = Stopwatch.StartNew(); clock.Elapsed < TimeSpan.FromSeconds(30); await Task.Delay(PrometheusServer.ScrapeInterval / 4))
        {
            last = await QueryAsync(query);
            if (done(last))
            {
                return last;
            }
        }

        throw new TimeoutException($"Prometheus did not show {what} in 30 s: {query} answered [{string.Join(", ", last)}]. Its log:\n{Prometheus.Log}");
    }

    public Task<IReadOnlyList<double>> QueryAsync(string query, DateTimeOffset? at = null) =>
        new PrometheusQuery(_prometheusClient).VectorAsync(Prometheus.Address, query, at);

    /// <summary>A selector of the app's series as the template's queries select them.</summary>
    public static string Series(string metric) => $"{metric}{{service=\"{Service}\",namespace=\"{Namespace}\"}}";

    public async ValueTask DisposeAsync()
    {
        Prometheus.Dispose();
        _prometheusClient.Dispose();
        _client.Dispose();
        await _app.DisposeAsync();
    }

    private static async Task WaitUntilReadyAsync(HttpClient client)
    {
        var answers = new StringBuilder();
        for (var attempt = 0; attempt < 300; attempt++)
        {
            using var response = await client.GetAsync(new Uri("/ready", UriKind.Relative));
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            answers.Append((int)response.StatusCode).Append(' ');
            await Task.Delay(50);
        }

        throw new TimeoutException($"The app was not ready in 15 s; /ready answered {answers}");
    }
}
