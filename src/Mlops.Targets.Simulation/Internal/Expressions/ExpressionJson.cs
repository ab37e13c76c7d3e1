using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Mlops.Targets.Simulation.Internal.Expressions;

/// <summary>
/// toJSON and fromJSON. toJSON pretty-prints as GitHub does (two spaces, \n, no HTML escaping); fromJSON yields the
/// values contexts hold, objects with case-insensitive keys. The simulator can use <see cref="Read"/> to turn an event
/// payload into the <c>github.event</c> context.
/// </summary>
internal static class ExpressionJson
{
    private static readonly JsonWriterOptions PrettyPrint = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // the text goes to a log or a script, not into HTML
    };

    public static string Write(object? value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, PrettyPrint))
        {
            Write(writer, value);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Parses JSON text; empty or malformed text is a <see cref="FormatException"/>.</summary>
    public static object? Read(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            throw new FormatException("fromJSON() needs JSON text, but got an empty string");
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return ToValue(document.RootElement);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"fromJSON() got text that is not JSON: {ex.Message}", ex);
        }
    }

    private static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (ExpressionValue.KindOf(value))
        {
            case ValueKind.Null:
                writer.WriteNullValue();
                break;
            case ValueKind.Boolean:
                writer.WriteBooleanValue((bool)value!);
                break;
            case ValueKind.Number:
                WriteNumber(writer, ValueCoercion.ToNumber(value));
                break;
            case ValueKind.String:
                writer.WriteStringValue((string)value!);
                break;
            case ValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in ExpressionValue.ItemsOf(value))
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStartObject();
                foreach (var (name, property) in ExpressionValue.PropertiesOf(value))
                {
                    writer.WritePropertyName(name);
                    Write(writer, property);
                }

                writer.WriteEndObject();
                break;
        }
    }

    // JSON has no NaN or Infinity (JavaScript writes null) and no -0.
    private static void WriteNumber(Utf8JsonWriter writer, double number)
    {
        if (!double.IsFinite(number))
        {
            writer.WriteNullValue();
        }
        else if (number == 0)
        {
            writer.WriteNumberValue(0);
        }
        else
        {
            writer.WriteNumberValue(number);
        }
    }

    private static object? ToValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => ToObject(element),
        JsonValueKind.Array => element.EnumerateArray().Select(ToValue).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static Dictionary<string, object?> ToObject(JsonElement element)
    {
        var properties = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in element.EnumerateObject())
        {
            properties[property.Name] = ToValue(property.Value);
        }

        return properties;
    }
}
