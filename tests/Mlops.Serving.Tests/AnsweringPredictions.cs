using System.Globalization;
using System.Text.Json;

namespace Mlops.Serving.Tests;

/// <summary>/predict and the Open Inference Protocol's infer give the in-process model's scores for real test rows.</summary>
[Collection(WithTrainedModel.Name)]
public sealed class AnsweringPredictions(TrainedModel trained)
{
    [Fact]
    public async Task One_record_and_a_batch_score_as_the_model_scores_them_in_process()
    {
        await using var app = await ServedApp.StartAsync(trained);
        var scorer = ModelScorer.Load(app.Model.ModelZip);
        var rows = TestRows.Values(scorer, 300);

        var (oneStatus, one) = await app.SendAsync(ServedApp.Post("/predict", TestRows.Record(scorer, rows[0]).ToJsonString()));
        var (batchStatus, batch) = await app.SendAsync(ServedApp.Post("/predict", TestRows.Batch(scorer, rows)));

        Assert.Equal((200, 200), (oneStatus, batchStatus));
        using var oneJson = JsonDocument.Parse(one);
        Assert.Equal(trained.Chosen, oneJson.RootElement.GetProperty("model").GetString());
        Assert.Equal(app.Model.Version, oneJson.RootElement.GetProperty("version").GetString());
        AssertScores(scorer, rows.Take(1).ToList(), oneJson.RootElement.GetProperty("predictions").EnumerateArray()
            .Select(p => (p.GetProperty("probability").GetSingle(), p.GetProperty("predictedClass").GetInt32())).ToList());
        using var batchJson = JsonDocument.Parse(batch);
        AssertScores(scorer, rows, batchJson.RootElement.GetProperty("predictions").EnumerateArray()
            .Select(p => (p.GetProperty("probability").GetSingle(), p.GetProperty("predictedClass").GetInt32())).ToList());
    }

    [Fact]
    public async Task Infer_takes_one_tensor_per_column_and_answers_in_the_open_inference_protocol()
    {
        await using var app = await ServedApp.StartAsync(trained);
        var scorer = ModelScorer.Load(app.Model.ModelZip);
        var rows = TestRows.Values(scorer, 120, skip: 500);

        var (status, body) = await app.SendAsync(ServedApp.Post($"/v2/models/{trained.Chosen}/infer", TestRows.InferRequest(scorer, rows)));

        Assert.Equal(200, status);
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        Assert.Equal((trained.Chosen, app.Model.Version, "request-1"),
            (root.GetProperty("model_name").GetString(), root.GetProperty("model_version").GetString(), root.GetProperty("id").GetString()));
        var outputs = root.GetProperty("outputs").EnumerateArray().ToDictionary(o => o.GetProperty("name").GetString()!);
        Assert.Equal(("FP32", "INT64"), (outputs["probability"].GetProperty("datatype").GetString(), outputs["predicted_class"].GetProperty("datatype").GetString()));
        Assert.All(outputs.Values, o => Assert.Equal(rows.Count, o.GetProperty("shape")[0].GetInt32()));
        AssertScores(scorer, rows, outputs["probability"].GetProperty("data").EnumerateArray()
            .Zip(outputs["predicted_class"].GetProperty("data").EnumerateArray(), (p, c) => (p.GetSingle(), c.GetInt32())).ToList());
    }

    [Fact]
    public async Task Infer_names_the_model_s_version_and_answers_only_the_outputs_asked_for()
    {
        await using var app = await ServedApp.StartAsync(trained);
        var scorer = ModelScorer.Load(app.Model.ModelZip);
        var request = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(TestRows.InferRequest(scorer, TestRows.Values(scorer, 3)))!;
        request["outputs"] = JsonSerializer.SerializeToElement(new[] { new { name = "predicted_class" } });

        var (status, body) = await app.SendAsync(ServedApp.Post($"/v2/models/{trained.Chosen}/versions/{app.Model.Version}/infer", JsonSerializer.Serialize(request)));

        Assert.Equal(200, status);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("predicted_class", Assert.Single(json.RootElement.GetProperty("outputs").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Numbers_may_come_as_integers_in_nested_rows_as_kserve_clients_send_them()
    {
        await using var app = await ServedApp.StartAsync(trained);
        var scorer = ModelScorer.Load(app.Model.ModelZip);
        var row = TestRows.Values(scorer, 1)[0];
        var inputs = scorer.Columns.Select((c, i) => c.Kind == ModelColumnKind.Number
            ? $$"""{"name":"{{c.Name}}","datatype":"INT64","shape":[1,1],"data":[[{{((float)row[i]!).ToString(CultureInfo.InvariantCulture)}}]]}"""
            : $$"""{"name":"{{c.Name}}","datatype":"BYTES","shape":[1],"data":["{{row[i]}}"]}""");

        var (status, body) = await app.SendAsync(ServedApp.Post($"/v2/models/{trained.Chosen}/infer", $$"""{"inputs":[{{string.Join(',', inputs)}}]}"""));

        Assert.Equal(200, status);
        using var json = JsonDocument.Parse(body);
        var probability = json.RootElement.GetProperty("outputs")[0].GetProperty("data")[0].GetSingle();
        Assert.Equal(scorer.Score(row).Probability, probability, precision: 6);
    }

    private static void AssertScores(ModelScorer scorer, List<object?[]> rows, List<(float Probability, int PredictedClass)> answered)
    {
        Assert.Equal(rows.Count, answered.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var expected = scorer.Score(rows[i]);
            Assert.Equal(expected.Probability, answered[i].Probability, precision: 6);
            Assert.Equal(expected.PredictedClass ? 1 : 0, answered[i].PredictedClass);
        }
    }
}
