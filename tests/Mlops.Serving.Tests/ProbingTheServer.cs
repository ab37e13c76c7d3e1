using System.Globalization;
using System.Text.Json;

namespace Mlops.Serving.Tests;

/// <summary>What probes, scrapers and clients read without a key: health, readiness, version, model metadata, metrics.</summary>
[Collection(WithTrainedModel.Name)]
public sealed class ProbingTheServer(TrainedModel trained)
{
    [Fact]
    public async Task Health_ready_and_the_v2_probes_answer_without_a_key()
    {
        await using var app = await ServedApp.StartAsync(trained);

        foreach (var path in new[] { "/health", "/ready", "/v2/health/live", "/v2/health/ready", $"/v2/models/{trained.Chosen}/ready", "/v2" })
        {
            var (status, body) = await app.GetAsync(path);
            Assert.True(status == 200, $"{path}: {status} {body}");
        }

        Assert.Equal($$"""{"status":"ready","model":"{{trained.Chosen}}","version":"{{app.Model.Version}}"}""", (await app.GetAsync("/ready")).Body);
    }

    [Fact]
    public async Task Version_names_the_model_by_sha256_the_training_data_by_hash_and_the_commit()
    {
        await using var app = await ServedApp.StartAsync(trained);

        var (status, body) = await app.GetAsync("/version");

        Assert.Equal(200, status);
        using var json = JsonDocument.Parse(body);
        var model = json.RootElement.GetProperty("model");
        Assert.Equal(Mlops.Files.Sha256Hex.OfFile(Path.Combine(trained.Artifacts, "model", trained.Chosen, "model.zip")), model.GetProperty("sha256").GetString());
        Assert.Equal(trained.Chosen, model.GetProperty("name").GetString());
        Assert.Equal(Mlops.Files.Sha256Hex.OfFile(Mlops.Testing.SharedAdultData.Train),
            json.RootElement.GetProperty("trainingData")[0].GetProperty("sha256").GetString());
        Assert.Equal(TrainedModel.Commit, json.RootElement.GetProperty("gitCommit").GetString());
        Assert.InRange(json.RootElement.GetProperty("metrics").GetProperty("auc").GetDouble(), 0.9, 1);
    }

    [Fact]
    public async Task The_model_metadata_lists_each_input_with_its_v2_datatype()
    {
        await using var app = await ServedApp.StartAsync(trained);

        var (status, body) = await app.GetAsync($"/v2/models/{trained.Chosen}");
        var (unknown, unknownBody) = await app.GetAsync("/v2/models/nosuchmodel");

        Assert.Equal(200, status);
        using var json = JsonDocument.Parse(body);
        var inputs = json.RootElement.GetProperty("inputs").EnumerateArray().ToDictionary(i => i.GetProperty("name").GetString()!, i => i.GetProperty("datatype").GetString());
        Assert.Equal(("FP32", "BYTES", 14), (inputs["age"], inputs["workclass"], inputs.Count));
        Assert.Equal(app.Model.Version, json.RootElement.GetProperty("versions")[0].GetString());
        Assert.Equal(404, unknown);
        Assert.Equal($$"""{"error":"model 'nosuchmodel' is not served here; this server serves '{{trained.Chosen}}'."}""", unknownBody);
    }

    [Fact]
    public async Task Metrics_count_requests_by_status_time_them_and_show_each_feature_s_drift_once_enough_rows_were_served()
    {
        await using var app = await ServedApp.StartAsync(trained);
        var scorer = ModelScorer.Load(app.Model.ModelZip);
        await app.SendAsync(ServedApp.Post("/predict", TestRows.Batch(scorer, TestRows.Values(scorer, 10))));
        await app.SendAsync(ServedApp.Post("/predict", "{}", key: null));

        var early = await Metrics(app);
        await app.SendAsync(ServedApp.Post("/predict", TestRows.Batch(scorer, TestRows.Values(scorer, 2000, skip: 10))));
        var later = await Metrics(app);

        Assert.Equal(1, early[$"model_prediction_requests_total{{model=\"{trained.Chosen}\",status=\"200\"}}"]);
        Assert.Equal(1, early[$"model_prediction_requests_total{{model=\"{trained.Chosen}\",status=\"401\"}}"]);
        Assert.Equal(2, early[$"model_prediction_latency_seconds_count{{model=\"{trained.Chosen}\"}}"]);
        Assert.True(double.IsNaN(early["model_feature_drift_psi{feature=\"age\"}"]), "under 100 rows a PSI is not shown");
        Assert.Equal(2010, later["model_feature_drift_window_rows"]);
        // Real test rows against the real training profile: as stable as the validation found test.csv (PSI under 0.1).
        Assert.All(scorer.Columns, c => Assert.InRange(later[$"model_feature_drift_psi{{feature=\"{c.Name}\"}}"], 0, 0.1));
        Assert.Contains("process_cpu_seconds_total", later.Keys);
        Assert.Equal(1, later[$"model_info{{model=\"{trained.Chosen}\",version=\"{app.Model.Version}\",sha256=\"{app.Model.Sha256}\"}}"]);
    }

    [Fact]
    public async Task Shifted_traffic_raises_the_drift_gauge_of_the_feature_that_shifted()
    {
        await using var app = await ServedApp.StartAsync(trained, o => o with { DriftWindowRows = 500 });
        var scorer = ModelScorer.Load(app.Model.ModelZip);
        var age = scorer.Columns.ToList().FindIndex(c => c.Name == "age");
        var rows = TestRows.Values(scorer, 500);
        rows.ForEach(r => r[age] = (float)r[age]! + 25);

        await app.SendAsync(ServedApp.Post("/predict", TestRows.Batch(scorer, rows)));
        var metrics = await Metrics(app);

        Assert.InRange(metrics["model_feature_drift_psi{feature=\"age\"}"], 1, 50);
        Assert.InRange(metrics["model_feature_drift_psi{feature=\"sex\"}"], 0, 0.1);
    }

    private static async Task<Dictionary<string, double>> Metrics(ServedApp app)
    {
        var (status, body) = await app.GetAsync("/metrics");
        Assert.Equal(200, status);
        return body.Split('\n').Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split(' '))
            .ToDictionary(p => p[0], p => p[1] == "NaN" ? double.NaN : double.Parse(p[1], CultureInfo.InvariantCulture));
    }
}
