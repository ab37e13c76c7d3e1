using System.Text.Json;

namespace Mlops.Serving.Tests;

/// <summary>
/// Bad input is a 4xx naming the problem — row and field, never the value — the server stays up, and nothing logged
/// holds the body or the key.
/// </summary>
[Collection(WithTrainedModel.Name)]
public sealed class RefusingBadRequests(TrainedModel trained)
{
    private const string Secret = "ZEBRA-7731-PRIVATE"; // a value no message may repeat

    [Fact]
    public async Task Each_bad_predict_body_is_a_400_naming_the_row_and_field()
    {
        await using var app = await ServedApp.StartAsync(trained);
        var scorer = ModelScorer.Load(app.Model.ModelZip);
        var good = TestRows.Record(scorer, TestRows.Values(scorer, 1)[0]);
        string With(string field, string json)
        {
            var record = good.DeepClone().AsObject();
            record[field] = System.Text.Json.Nodes.JsonNode.Parse(json);
            return record.ToJsonString();
        }

        string Without(string field)
        {
            var record = good.DeepClone().AsObject();
            record.Remove(field);
            return record.ToJsonString();
        }

        var cases = new (string Body, string Error)[]
        {
            ("not json " + Secret, "the body is not valid JSON (line 1, byte 2)."),
            ("{\"age\": 3" + Secret + "}", "the body is not valid JSON (line 1, byte 10)."),
            ("", "the body is empty; send a record (a JSON object) or an array of records."),
            ("42", "the body must be a record (a JSON object) or an array of records, not a number."),
            ("[]", "the array holds no records."),
            ($"[{good.ToJsonString()}, 7]", "row 1: must be a JSON object of column values, not a number."),
            (With("age", $"\"{Secret}\""), "field 'age' must be a number, not a string."),
            ($"[{good.ToJsonString()},{With("workclass", "12")}]", "row 1: field 'workclass' must be a string (a category), not a number."),
            (With("sex", "null"), "field 'sex' must be a string (a category), not null."),
            (With("age", "1e400"), "field 'age' is out of range for a 32-bit float."),
            (With("age", "1e39"), "field 'age' is out of range for a 32-bit float."),
            (With("hours_per_wek", "40"), "field 'hours_per_wek' is not an input of the model. Did you mean: hours_per_week?"),
            (With("label", "1"), "field 'label' is not an input of the model. Known: " + string.Join(", ", scorer.Columns.Select(c => c.Name)) + "."),
            (Without("education"), "field 'education' is missing."),
            ("{\"age\": 30}", "fields 'workclass', 'fnlwgt', 'education', 'education_num', 'marital_status', … are missing."),
            (good.ToJsonString()[..^1] + ",\"age\":30}", "field 'age' is given twice."),
            (good.ToJsonString() + " {}", $"the body is not valid JSON (line 1, byte {good.ToJsonString().Length + 2})."),
            (new string('[', 100_000), "row 0: must be a JSON object of column values, not an array."),
            (With("age", "[[[[[[1]]]]]]"), "field 'age' must be a number, not an array."),
        };

        foreach (var (body, error) in cases)
        {
            var (status, answer) = await app.SendAsync(ServedApp.Post("/predict", body));
            Assert.True(status == 400, $"{body}: {status} {answer}");
            var message = JsonDocument.Parse(answer).RootElement.GetProperty("error").GetString();
            Assert.Equal(error, message);
            Assert.DoesNotContain(Secret, answer, StringComparison.Ordinal);
        }

        Assert.Equal(200, (await app.SendAsync(ServedApp.Post("/predict", good.ToJsonString()))).Status);
        Assert.DoesNotContain(app.Log, line => line.Contains(Secret, StringComparison.Ordinal) || line.Contains(ServedApp.Key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_413_and_a_body_that_is_not_json_a_415()
    {
        await using var app = await ServedApp.StartAsync(trained);
        var huge = "[" + string.Join(',', Enumerable.Repeat("{\"age\":" + new string('1', 30) + "}", 10 * 1024 * 1024 / 40)) + "]";

        var (tooLarge, tooLargeBody) = await app.SendAsync(ServedApp.Post("/predict", huge));
        var form = ServedApp.Post("/predict", "age=30");
        form.Content!.Headers.ContentType = new("application/x-www-form-urlencoded");
        var (notJson, notJsonBody) = await app.SendAsync(form);

        Assert.Equal(413, tooLarge);
        Assert.Equal("""{"error":"the body is larger than the limit of 1,048,576 bytes; send fewer rows per request."}""", tooLargeBody);
        Assert.Equal(415, notJson);
        Assert.Equal("""{"error":"the body must be JSON (Content-Type: application/json), not application/x-www-form-urlencoded."}""", notJsonBody);
        Assert.Equal(200, (await app.GetAsync("/ready")).Status);
    }

    [Fact]
    public async Task Each_bad_infer_request_is_a_400_naming_the_input()
    {
        await using var app = await ServedApp.StartAsync(trained);
        var scorer = ModelScorer.Load(app.Model.ModelZip);
        var good = JsonDocument.Parse(TestRows.InferRequest(scorer, TestRows.Values(scorer, 2))).RootElement;
        string Changed(Action<System.Text.Json.Nodes.JsonObject> change)
        {
            var request = System.Text.Json.Nodes.JsonNode.Parse(good.GetRawText())!.AsObject();
            change(request);
            return request.ToJsonString();
        }

        System.Text.Json.Nodes.JsonObject Input(System.Text.Json.Nodes.JsonObject request, string name) =>
            request["inputs"]!.AsArray().Single(i => i!["name"]!.GetValue<string>() == name)!.AsObject();

        var cases = new (string Body, string Error)[]
        {
            ("[]", "the body must be an inference request (a JSON object with 'inputs')."),
            ("{}", "'inputs' must be an array with one tensor per model input."),
            (Changed(r => Input(r, "age")["datatype"] = "BYTES"), "input 'age': datatype must be FP32 or FP64 or INT32 or INT64, not 'BYTES'."),
            (Changed(r => Input(r, "sex")["datatype"] = "FP32"), "input 'sex': datatype must be BYTES, not 'FP32'."),
            (Changed(r => Input(r, "age")["shape"] = new System.Text.Json.Nodes.JsonArray(3)), "input 'age': shape [3] holds 3 values, but data has 2."),
            (Changed(r => Input(r, "age")["shape"] = new System.Text.Json.Nodes.JsonArray(2, 2)), "input 'age': shape [2, 2] has 2 values per row; one is taken."),
            (Changed(r => Input(r, "age")["data"]![0] = Secret), "input 'age': data[0] must be a number, not a string."),
            (Changed(r => Input(r, "age")["data"]![1] = 1e300), "input 'age': data[1] is out of range for a 32-bit float."),
            (Changed(r => r["inputs"]!.AsArray().Remove(Input(r, "race"))), "input 'race' missing."),
            (Changed(r => Input(r, "race")["name"] = "rase"), "inputs[8]: 'rase' is not an input of the model. Did you mean: race, age?"),
            (Changed(r => r["outputs"] = System.Text.Json.Nodes.JsonNode.Parse("""[{"name":"score"}]""")),
                "output 'score' is not an output of the model. Known: probability, predicted_class."),
        };

        foreach (var (body, error) in cases)
        {
            var (status, answer) = await app.SendAsync(ServedApp.Post($"/v2/models/{trained.Chosen}/infer", body));
            Assert.True(status == 400, $"{body}: {status} {answer}");
            Assert.Equal(error, JsonDocument.Parse(answer).RootElement.GetProperty("error").GetString());
            Assert.DoesNotContain(Secret, answer, StringComparison.Ordinal);
        }

        var (unknownModel, _) = await app.SendAsync(ServedApp.Post("/v2/models/other/infer", good.GetRawText()));
        var (oldVersion, oldBody) = await app.SendAsync(ServedApp.Post($"/v2/models/{trained.Chosen}/versions/000000000000/infer", good.GetRawText()));
        Assert.Equal((404, 404), (unknownModel, oldVersion));
        Assert.Contains($"this server serves {app.Model.Version}", oldBody, StringComparison.Ordinal);
        Assert.DoesNotContain(app.Log, line => line.Contains(Secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_path_is_a_404_in_json_and_request_logs_name_method_path_and_status_only()
    {
        await using var app = await ServedApp.StartAsync(trained);

        var (status, body) = await app.GetAsync("/nowhere");
        await app.SendAsync(ServedApp.Post("/predict", "{\"age\":\"" + Secret + "\"}"));

        Assert.Equal(404, status);
        Assert.Equal("""{"error":"no endpoint GET /nowhere; see /health, /ready, /version, /predict, /v2, /metrics."}""", body);
        Assert.Contains(app.Log, line => line.StartsWith("Information HTTP POST /predict responded 400 in ", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Log, line => line.Contains(Secret, StringComparison.Ordinal) || line.Contains(ServedApp.Key, StringComparison.Ordinal));
        Assert.DoesNotContain(app.Log, line => line.Contains("Request starting", StringComparison.Ordinal)); // ASP.NET Core's, with the full URL
    }
}
