using System.Text.Encodings.Web;
using System.Text.Json;

namespace Mlops.Serving.Internal;

/// <summary>Every answer's JSON, written straight into the response; errors are <c>{"error": "…"}</c> in both protocols.</summary>
internal static class JsonAnswer
{
    // JSON for programs, never embedded in HTML: quotes and apostrophes in messages stay readable.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(HttpContext context, int status, Action<Utf8JsonWriter> write)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        using (var writer = new Utf8JsonWriter(context.Response.BodyWriter, Options))
        {
            write(writer);
        }

        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    public static Task ErrorAsync(HttpContext context, int status, string message) => WriteAsync(context, status, json =>
    {
        json.WriteStartObject();
        json.WriteString("error", message);
        json.WriteEndObject();
    });

    public static Task ObjectAsync(HttpContext context, int status, params (string Name, object? Value)[] fields) => WriteAsync(context, status, json =>
    {
        json.WriteStartObject();
        foreach (var (name, value) in fields)
        {
            json.WritePropertyName(name);
            switch (value)
            {
                case null: json.WriteNullValue(); break;
                case bool flag: json.WriteBooleanValue(flag); break;
                case string text: json.WriteStringValue(text); break;
                default: throw new ArgumentException($"{name}: {value.GetType().Name} is not written here.", nameof(fields));
            }
        }

        json.WriteEndObject();
    });
}
