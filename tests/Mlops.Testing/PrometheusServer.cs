using System.Globalization;
using System.Text;
using System.Text.Json;
using Mlops.Processes;

namespace Mlops.Testing;

/// <summary>
/// Debian's prometheus, started for one test: on a free loopback port, its storage in a folder of its own, scraping
/// the given targets every second, and stopped by its PID when disposed. Never a system service, whose config and
/// data the test could not know.
/// </summary>
public sealed class PrometheusServer : IDisposable
{
    public const string Program = "prometheus";

    /// <summary>How often targets are scraped (and rules evaluated): short, so a test waits seconds for its data.</summary>
    public static readonly TimeSpan ScrapeInterval = TimeSpan.FromSeconds(1);

    private readonly TemporaryFolder _folder;
    private readonly int _pid;

    private PrometheusServer(TemporaryFolder folder, int pid, string address)
    {
        _folder = folder;
        _pid = pid;
        Address = address;
    }

    /// <summary>The base address of its HTTP API, such as http://127.0.0.1:40123.</summary>
    public string Address { get; }

    /// <summary>What prometheus logged, for failure messages.</summary>
    public string Log => File.Exists(_folder["prometheus.log"]) ? File.ReadAllText(_folder["prometheus.log"]) : "";

    /// <summary>Starts prometheus scraping <paramref name="targets"/> and returns once it answers /-/ready.</summary>
    public static async Task<PrometheusServer> StartAsync(params ScrapeTarget[] targets)
    {
        var program = InstalledProgram.Find(Program, "prometheus");
        var folder = new TemporaryFolder();
        var port = LoopbackPort.Free();
        var pid = BackgroundProcess.Start(program,
            [
                $"--config.file={folder.Write("prometheus.yml", Config(targets))}",
                $"--storage.tsdb.path={folder["data"]}",
                $"--web.listen-address=127.0.0.1:{port}",
            ],
            folder["prometheus.log"]);
        var server = new PrometheusServer(folder, pid, $"http://127.0.0.1:{port}");
        try
        {
            await server.WaitUntilReadyAsync();
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>An HTTP client that asks loopback directly, whatever proxy the environment names.</summary>
    public static HttpClient Client() => new(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(30) };

    public void Dispose()
    {
        BackgroundProcess.Stop(_pid, Program, TimeSpan.FromSeconds(10));
        _folder.Dispose();
    }

    /// <summary>
    /// One scrape job per target (job "target-N"), each labelled as given. JSON strings are YAML strings, so every
    /// value is quoted safely. The timeout must not exceed the interval, or prometheus refuses the config.
    /// </summary>
    private static string Config(ScrapeTarget[] targets)
    {
        string Quoted(string text) => JsonSerializer.Serialize(text);
        var seconds = ScrapeInterval.TotalSeconds.ToString(CultureInfo.InvariantCulture);
        var config = new StringBuilder($"global:\n  scrape_interval: {seconds}s\n  scrape_timeout: {seconds}s\n  evaluation_interval: {seconds}s\nscrape_configs:\n");
        for (var i = 0; i < targets.Length; i++)
        {
            var labels = string.Join(", ", targets[i].Labels.Select(l => $"{Quoted(l.Key)}: {Quoted(l.Value)}"));
            config.Append(CultureInfo.InvariantCulture, $"  - job_name: \"target-{i}\"\n    metrics_path: /metrics\n    static_configs:\n")
                .Append(CultureInfo.InvariantCulture, $"      - targets: [{Quoted(targets[i].Address)}]\n        labels: {{{labels}}}\n");
        }

        return config.ToString();
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = Client();
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (!BackgroundProcess.IsRunning(_pid, Program))
            {
                throw new InvalidOperationException($"prometheus exited before it was ready. Its log:\n{Log}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri($"{Address}/-/ready"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"prometheus did not become ready at {Address} in 30 s. Its log:\n{Log}");
    }
}
