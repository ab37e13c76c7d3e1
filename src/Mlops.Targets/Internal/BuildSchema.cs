using System.Buffers;
using System.Text;
using System.Text.Json;
using Mlops.Files;

namespace Mlops.Targets.Internal;

/// <summary>
/// <c>.nuke/build.schema.json</c>: a JSON schema of the parameters files, with every target and parameter, so editors
/// complete and check <c>parameters.json</c>. Rewritten on every run, only when it changed.
/// </summary>
internal static class BuildSchema
{
    public static void Write(AbsolutePath root, TargetCatalog catalog, IReadOnlyList<ParameterMember> parameters)
    {
        // Written straight through a writer: JSON nodes and serializer options cost every run milliseconds of start-up.
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "http://json-schema.org/draft-07/schema#");
            json.WriteString("title", "Build parameters");
            json.WriteString("type", "object");
            json.WriteBoolean("additionalProperties", false);
            json.WriteStartObject("properties");
            json.WriteStartObject("$schema");
            json.WriteString("type", "string");
            json.WriteEndObject();
            foreach (var parameter in parameters)
            {
                json.WriteStartObject(parameter.Name);
                if (parameter.IsArray)
                {
                    json.WriteString("type", "array");
                    json.WriteStartObject("items");
                    WriteType(json, parameter.Type.GetElementType()!);
                    json.WriteEndObject();
                }
                else
                {
                    WriteType(json, parameter.ValueType);
                }

                json.WriteString("description", parameter.Description + (parameter.IsSecret ? " (secret)" : ""));
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteStartObject("definitions");
            json.WriteStartObject("Target");
            json.WriteString("type", "string");
            WriteStrings(json, "enum", catalog.Targets.Select(t => t.Name));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        var text = Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
        var path = root / ".nuke" / "build.schema.json";
        if (File.Exists(path) && File.ReadAllText(path) == text)
        {
            return;
        }

        AtomicFile.WriteText(path, text);
    }

    private static void WriteType(Utf8JsonWriter json, Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        json.WriteString("type", type.IsEnum ? "string"
            : type == typeof(bool) ? "boolean"
            : type == typeof(int) || type == typeof(long) ? "integer"
            : type == typeof(double) || type == typeof(decimal) ? "number"
            : "string");
        if (type.IsEnum)
        {
            WriteStrings(json, "enum", Enum.GetNames(type));
        }
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
