using System.Reflection;

namespace Mlops.Serving.Internal;

/// <summary>
/// What probes, scrapers and clients ask without a key: liveness, readiness, the version and the model's metadata, in
/// the app's own words (/health, /ready, /version) and in the Open Inference Protocol's (/v2/…).
/// </summary>
internal sealed class ProbeEndpoints(ModelHost host)
{
    private static readonly string AppVersion =
        typeof(ProbeEndpoints).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public static Task Health(HttpContext context) => JsonAnswer.ObjectAsync(context, StatusCodes.Status200OK, ("status", "live"));

    public Task Ready(HttpContext context) => host.Loaded is null
        ? JsonAnswer.ObjectAsync(context, StatusCodes.Status503ServiceUnavailable, ("status", "loading"), ("model", host.Model.Name))
        : JsonAnswer.ObjectAsync(context, StatusCodes.Status200OK, ("status", "ready"), ("model", host.Model.Name), ("version", host.Model.Version));

    public Task Version(HttpContext context) => JsonAnswer.WriteAsync(context, StatusCodes.Status200OK, json =>
    {
        var model = host.Model;
        json.WriteStartObject();
        json.WriteStartObject("model");
        json.WriteString("name", model.Name);
        json.WriteString("version", model.Version);
        json.WriteString("sha256", model.Sha256);
        json.WriteEndObject();
        json.WriteStartArray("trainingData");
        foreach (var file in model.TrainingData)
        {
            json.WriteStartObject();
            json.WriteString("path", file.Path);
            json.WriteString("sha256", file.Sha256);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("gitCommit", model.GitCommit);
        json.WriteStartObject("metrics");
        foreach (var (name, value) in model.Metrics.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            json.WriteNumber(name, value);
        }

        json.WriteEndObject();
        json.WriteString("server", AppVersion);
        json.WriteEndObject();
    });

    public static Task Live(HttpContext context) => JsonAnswer.ObjectAsync(context, StatusCodes.Status200OK, ("live", true));

    public Task ServerReady(HttpContext context) =>
        JsonAnswer.ObjectAsync(context, host.Loaded is null ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK, ("ready", host.Loaded is not null));

    public static Task ServerMetadata(HttpContext context) => JsonAnswer.WriteAsync(context, StatusCodes.Status200OK, json =>
    {
        json.WriteStartObject();
        json.WriteString("name", "mlops-serving");
        json.WriteString("version", AppVersion);
        json.WriteStartArray("extensions");
        json.WriteEndArray();
        json.WriteEndObject();
    });

    public Task ModelReady(HttpContext context)
    {
        EnsureServed(context, host.Model);
        return JsonAnswer.ObjectAsync(context, host.Loaded is null ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK,
            ("name", host.Model.Name), ("ready", host.Loaded is not null));
    }

    public Task ModelMetadata(HttpContext context)
    {
        EnsureServed(context, host.Model);
        var loaded = host.Loaded ?? throw new RequestRejected(StatusCodes.Status503ServiceUnavailable, "the model is still loading; its inputs are known once /ready answers 200.");
        return JsonAnswer.WriteAsync(context, StatusCodes.Status200OK, json =>
        {
            json.WriteStartObject();
            json.WriteString("name", host.Model.Name);
            json.WriteStartArray("versions");
            json.WriteStringValue(host.Model.Version);
            json.WriteEndArray();
            json.WriteString("platform", "mlnet");
            json.WriteStartArray("inputs");
            foreach (var column in loaded.Scorer.Columns)
            {
                Tensor(json, column.Name, column.Kind == ModelColumnKind.Number ? "FP32" : "BYTES");
            }

            json.WriteEndArray();
            json.WriteStartArray("outputs");
            Tensor(json, InferenceOutputs.Probability, "FP32");
            Tensor(json, InferenceOutputs.PredictedClass, "INT64");
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>A 404 naming the served model when the path's {name} (and {version}, where given) is not it.</summary>
    public static void EnsureServed(HttpContext context, ServedModel model)
    {
        var name = context.Request.RouteValues["name"] as string;
        if (name != model.Name)
        {
            throw new RequestRejected(StatusCodes.Status404NotFound, $"model '{RecordReader.Shorten(name ?? "")}' is not served here; this server serves '{model.Name}'.");
        }

        if (context.Request.RouteValues["version"] is string version && version != model.Version)
        {
            throw new RequestRejected(StatusCodes.Status404NotFound, $"version '{RecordReader.Shorten(version)}' of '{model.Name}' is not served here; this server serves {model.Version}.");
        }
    }

    private static void Tensor(System.Text.Json.Utf8JsonWriter json, string name, string datatype)
    {
        json.WriteStartObject();
        json.WriteString("name", name);
        json.WriteString("datatype", datatype);
        json.WriteStartArray("shape");
        json.WriteNumberValue(-1);
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
