namespace Mlops.Serving.Tests;

/// <summary>The prediction endpoints want the X-API-Key header; probes, version, metadata and metrics stay open.</summary>
[Collection(WithTrainedModel.Name)]
public sealed class CheckingTheApiKey(TrainedModel trained)
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong")]
    [InlineData(ServedApp.Key + "x")]
    public async Task Without_the_right_key_both_prediction_endpoints_answer_401(string? key)
    {
        await using var app = await ServedApp.StartAsync(trained);
        var scorer = ModelScorer.Load(app.Model.ModelZip);
        var rows = TestRows.Values(scorer, 1);

        var predict = await app.SendAsync(ServedApp.Post("/predict", TestRows.Batch(scorer, rows), key));
        var infer = await app.SendAsync(ServedApp.Post($"/v2/models/{trained.Chosen}/infer", TestRows.InferRequest(scorer, rows), key));

        Assert.Equal((401, """{"error":"missing or wrong X-API-Key header."}"""), predict);
        Assert.Equal(401, infer.Status);
        Assert.DoesNotContain(app.Log, line => line.Contains(ServedApp.Key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Probes_version_metadata_and_metrics_need_no_key()
    {
        await using var app = await ServedApp.StartAsync(trained);

        foreach (var path in new[] { "/health", "/ready", "/version", "/metrics", "/v2/health/ready", $"/v2/models/{trained.Chosen}" })
        {
            Assert.Equal(200, (await app.GetAsync(path)).Status);
        }
    }

    [Fact]
    public void The_options_printed_do_not_show_the_key()
    {
        var options = new ServingOptions(ServedModel.FromArtifacts(trained.Artifacts), ServedApp.Key, Serilog.Core.Logger.None);

        Assert.DoesNotContain(ServedApp.Key, options.ToString(), StringComparison.Ordinal);
        Assert.Contains("ApiKey = ***", options.ToString(), StringComparison.Ordinal);
    }
}
