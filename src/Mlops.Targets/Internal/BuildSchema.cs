using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
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
        var targetNames = new JsonArray(catalog.Targets.Select(t => (JsonNode)JsonValue.Create(t.Name)!).ToArray());
        var properties = new JsonObject
        {
            ["$schema"] = new JsonObject { ["type"] = "string" },
        };
        foreach (var parameter in parameters)
        {
            var property = TypeOf(parameter.IsArray ? parameter.Type.GetElementType()! : parameter.ValueType);
            if (parameter.IsArray)
            {
                property = new JsonObject { ["type"] = "array", ["items"] = property };
            }

            property["description"] = parameter.Description + (parameter.IsSecret ? " (secret)" : "");
            properties[parameter.Name] = property;
        }

        var schema = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["title"] = "Build parameters",
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["properties"] = properties,
            ["definitions"] = new JsonObject
            {
                ["Target"] = new JsonObject { ["type"] = "string", ["enum"] = targetNames },
            },
        };

        // Through a writer, not ToJsonString(options): serializer options cost a no-op run some milliseconds of start-up.
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            schema.WriteTo(writer);
        }

        var text = Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
        var path = root / ".nuke" / "build.schema.json";
        if (File.Exists(path) && File.ReadAllText(path) == text)
        {
            return;
        }

        AtomicFile.WriteText(path, text);
    }

    private static JsonObject TypeOf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            { IsEnum: true } => new JsonObject
            {
                ["type"] = "string",
                ["enum"] = new JsonArray(Enum.GetNames(type).Select(n => (JsonNode)JsonValue.Create(n)!).ToArray()),
            },
            _ when type == typeof(bool) => new JsonObject { ["type"] = "boolean" },
            _ when type == typeof(int) || type == typeof(long) => new JsonObject { ["type"] = "integer" },
            _ when type == typeof(double) || type == typeof(decimal) => new JsonObject { ["type"] = "number" },
            _ => new JsonObject { ["type"] = "string" },
        };
    }
}
