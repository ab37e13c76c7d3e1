using System.Diagnostics;
using System.Text.Json;

namespace Mlops.Serving.Internal;

/// <summary>
/// POST /predict and the Open Inference Protocol's infer: key, model loaded, body read within its limit, rows read and
/// scored, the answer written — and every request counted and timed, whatever its status. Bad input is a 4xx with a
/// reason; nothing of the body is logged.
/// </summary>
internal sealed class PredictionEndpoints(ModelHost host, ServingMetrics metrics, ApiKeyGate gate, long maxRequestBytes)
{
    // Written once per predicted row: encoded once, not per row.
    private static readonly JsonEncodedText Probability = JsonEncodedText.Encode("probability");
    private static readonly JsonEncodedText PredictedClass = JsonEncodedText.Encode("predictedClass");

    public Task Predict(HttpContext context) => Answer(context, async loaded =>
    {
        List<object?[]> rows;
        using (var body = await RequestBody.ReadAsync(context.Request, maxRequestBytes))
        {
            rows = loaded.Records.Read(body.Bytes);
        }

        var predictions = loaded.Score(rows);
        await JsonAnswer.WriteAsync(context, StatusCodes.Status200OK, json =>
        {
            json.WriteStartObject();
            json.WriteString("model", host.Model.Name);
            json.WriteString("version", host.Model.Version);
            json.WriteStartArray("predictions");
            foreach (var prediction in predictions)
            {
                json.WriteStartObject();
                json.WriteNumber(Probability, prediction.Probability);
                json.WriteNumber(PredictedClass, prediction.PredictedClass ? 1 : 0);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
        return rows.Count;
    });

    public Task Infer(HttpContext context) => Answer(context, async loaded =>
    {
        ProbeEndpoints.EnsureServed(context, host.Model);
        (string? Id, List<object?[]> Rows, IReadOnlyList<string>? Outputs) request;
        using (var body = await RequestBody.ReadAsync(context.Request, maxRequestBytes))
        {
            request = loaded.Inference.Read(body.Bytes);
        }

        var predictions = loaded.Score(request.Rows);
        var outputs = request.Outputs ?? InferenceOutputs.Names;
        await JsonAnswer.WriteAsync(context, StatusCodes.Status200OK, json =>
        {
            json.WriteStartObject();
            json.WriteString("model_name", host.Model.Name);
            json.WriteString("model_version", host.Model.Version);
            if (request.Id is { } id)
            {
                json.WriteString("id", id);
            }

            json.WriteStartArray("outputs");
            foreach (var output in outputs)
            {
                WriteOutput(json, output, predictions);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
        return request.Rows.Count;
    });

    private static void WriteOutput(Utf8JsonWriter json, string output, Prediction[] predictions)
    {
        var probability = output == InferenceOutputs.Probability;
        json.WriteStartObject();
        json.WriteString("name", output);
        json.WriteString("datatype", probability ? "FP32" : "INT64");
        json.WriteStartArray("shape");
        json.WriteNumberValue(predictions.Length);
        json.WriteEndArray();
        json.WriteStartArray("data");
        foreach (var prediction in predictions)
        {
            if (probability)
            {
                json.WriteNumberValue(prediction.Probability);
            }
            else
            {
                json.WriteNumberValue(prediction.PredictedClass ? 1 : 0);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private async Task Answer(HttpContext context, Func<LoadedModel, Task<int>> answer)
    {
        var started = Stopwatch.GetTimestamp();
        var rows = 0;
        try
        {
            if (!gate.Admits(context.Request))
            {
                context.Response.Headers.WWWAuthenticate = $"ApiKey header=\"{ApiKeyGate.Header}\"";
                throw new RequestRejected(StatusCodes.Status401Unauthorized, $"missing or wrong {ApiKeyGate.Header} header.");
            }

            var loaded = host.Loaded
                ?? throw new RequestRejected(StatusCodes.Status503ServiceUnavailable, "the model is still loading; retry when /ready answers 200.");
            rows = await answer(loaded);
        }
        catch (RequestRejected e)
        {
            await JsonAnswer.ErrorAsync(context, e.Status, e.Message);
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel's own limits (the body size among them) and a body cut short by the client.
            await JsonAnswer.ErrorAsync(context, e.StatusCode, e.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? $"the body is larger than the limit of {maxRequestBytes:N0} bytes; send fewer rows per request."
                : "the request body could not be read.");
        }
        finally
        {
            metrics.Answered(context.Response.StatusCode, Stopwatch.GetElapsedTime(started), rows);
        }
    }
}
