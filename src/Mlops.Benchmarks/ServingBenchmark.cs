using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Mlops.Benchmarks.Internal;
using Mlops.Serving;

namespace Mlops.Benchmarks;

/// <summary>
/// The serving app under load, with wrk on loopback, against a bare Kestrel endpoint that answers a constant in the
/// same process and the same run: single-row /predict throughput as a share of the bare endpoint's, its p50 and p99
/// latency, and rows per second for batches of 1,000 real rows. Rounds alternate the endpoints, and medians are kept,
/// so the machine's other load falls on both alike. The page goes to artifacts/benchmarks/serving.md.
/// </summary>
public sealed class ServingBenchmark(string artifactsFolder, string testCsv, IProgress<string>? progress = null)
{
    internal const int Rounds = 3;
    internal const double ThroughputGoal = 0.5;
    internal const double P99GoalMilliseconds = 2.0;
    internal const double BatchGoalRowsPerSecond = 500_000;
    internal const int BatchRows = 1_000;
    internal const int Connections = 8;

    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(5);

    public async Task<BenchmarkReport> RunAsync()
    {
        var model = ServedModel.FromArtifacts(artifactsFolder);
        var key = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        var records = Records(model, BatchRows);
        var single = records[0]!.ToJsonString();
        var batch = records.ToJsonString();
        var scripts = Directory.CreateTempSubdirectory("mlops-serving-benchmark-");
        await using var served = ServingApp.Build(new ServingOptions(model, key, Serilog.Core.Logger.None) { Urls = ["http://127.0.0.1:0"], MaxRequestBytes = 4 * 1024 * 1024 });
        await using var bare = Bare();
        try
        {
            await served.StartAsync();
            await bare.StartAsync();
            await WaitUntilReadyAsync(served);
            var load = new LoadTest(scripts.FullName);
            var headers = new Dictionary<string, string> { ["X-API-Key"] = key };
            var predictUrl = new Uri(served.Urls.First() + "/predict");
            var bareUrl = new Uri(bare.Urls.First() + "/predict");
            progress?.Report("Serving: warming up");
            await load.RunAsync(predictUrl, single, headers, TimeSpan.FromSeconds(2), Connections);
            await load.RunAsync(bareUrl, single, headers, TimeSpan.FromSeconds(2), Connections);
            await load.RunAsync(predictUrl, batch, headers, TimeSpan.FromSeconds(2), 2);
            var (bareRuns, predictRuns, batchRuns) = (new List<LoadTest.Result>(), new List<LoadTest.Result>(), new List<LoadTest.Result>());
            for (var round = 1; round <= Rounds; round++)
            {
                progress?.Report($"Serving: round {round} of {Rounds}");
                bareRuns.Add(await load.RunAsync(bareUrl, single, headers, Duration, Connections));
                predictRuns.Add(await load.RunAsync(predictUrl, single, headers, Duration, Connections));
                batchRuns.Add(await load.RunAsync(predictUrl, batch, headers, Duration, 2));
            }

            return Report(Median(bareRuns), Median(predictRuns), Median(batchRuns), model);
        }
        finally
        {
            scripts.Delete(recursive: true);
        }
    }

    private static BenchmarkReport Report(LoadTest.Result bare, LoadTest.Result predict, LoadTest.Result batch, ServedModel model)
    {
        var share = predict.RequestsPerSecond / bare.RequestsPerSecond;
        var rowsPerSecond = batch.RequestsPerSecond * BatchRows;
        static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("0.00", CultureInfo.InvariantCulture) + " ms";
        return new BenchmarkReport("Serving: /predict under load",
                $"wrk on loopback ({Connections} connections, one wrk thread, {Duration.TotalSeconds:0} s per run, median of the rounds) against the serving " +
                $"app with {model.Name} {model.Version} and, in the same process and run, a bare Kestrel endpoint answering a constant. " +
                $"Single rows are one real record from test.csv; batches are {BatchRows:N0} real records (2 connections). Request logging off in both; " +
                "the API key is checked and the drift window updated as in production.")
            .Columns("endpoint", "requests/s", "p50", "p99", "rows/s")
            .Row("bare Kestrel, constant answer", bare.RequestsPerSecond.ToString("N0", CultureInfo.InvariantCulture), Ms(bare.P50), Ms(bare.P99), "")
            .Row("/predict, one row", predict.RequestsPerSecond.ToString("N0", CultureInfo.InvariantCulture), Ms(predict.P50), Ms(predict.P99),
                predict.RequestsPerSecond.ToString("N0", CultureInfo.InvariantCulture))
            .Row($"/predict, {BatchRows:N0} rows", batch.RequestsPerSecond.ToString("N1", CultureInfo.InvariantCulture), Ms(batch.P50), Ms(batch.P99),
                rowsPerSecond.ToString("N0", CultureInfo.InvariantCulture))
            .Goal($"/predict throughput ≥ {ThroughputGoal:0.0} of the bare endpoint's", share >= ThroughputGoal, share.ToString("0.00", CultureInfo.InvariantCulture))
            .Goal($"/predict p99 ≤ {P99GoalMilliseconds:0} ms", predict.P99.TotalMilliseconds <= P99GoalMilliseconds, Ms(predict.P99))
            .Goal($"batches of {BatchRows:N0}: ≥ {BatchGoalRowsPerSecond:N0} rows/s", rowsPerSecond >= BatchGoalRowsPerSecond,
                rowsPerSecond.ToString("N0", CultureInfo.InvariantCulture));
    }

    private static LoadTest.Result Median(List<LoadTest.Result> runs) => runs.OrderBy(r => r.RequestsPerSecond).ElementAt(runs.Count / 2);

    /// <summary>A Kestrel app with nothing but one POST endpoint that reads the body and answers a constant of the same shape.</summary>
    private static WebApplication Bare()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        var answer = Encoding.UTF8.GetBytes("""{"model":"constant","version":"0","predictions":[{"probability":0.5,"predictedClass":0}]}""");
        app.UseRouting();
        app.MapPost("/predict", async context =>
        {
            using var drain = new MemoryStream();
            await context.Request.Body.CopyToAsync(drain);
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.Body.WriteAsync(answer);
        });
        return app;
    }

    private JsonArray Records(ServedModel model, int count)
    {
        var columns = ModelScorer.Load(model.ModelZip).Columns;
        return [.. CsvRecords.Read(testCsv, columns, count).Select(values => (JsonNode)new JsonObject(columns.Select((column, i) =>
            KeyValuePair.Create(column.Name, (JsonNode?)(values[i] is float number ? JsonValue.Create(number) : JsonValue.Create((string)values[i]!))))))];
    }

    private static async Task WaitUntilReadyAsync(WebApplication served)
    {
        using var client = new HttpClient();
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if ((await client.GetAsync(new Uri(served.Urls.First() + "/ready"))).IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The serving app was not ready in 30 s.");
    }
}
