using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Mlops.Config.Internal;

/// <summary>How a value is named in errors: what the field wants, and what the file holds.</summary>
internal static class ExpectedValue
{
    /// <summary>"a whole number", "a non-empty string", "an array"…, from the type the field binds to.</summary>
    public static string Of(Type type, JsonSerializerOptions options)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        return plain == typeof(string) ? "a non-empty string"
            : plain == typeof(int) || plain == typeof(long) ? "a whole number"
            : plain == typeof(double) || plain == typeof(float) || plain == typeof(decimal) ? "a number"
            : plain == typeof(bool) ? "true or false"
            : plain == typeof(JsonElement) ? "a JSON value"
            : options.GetTypeInfo(plain).Kind switch
            {
                JsonTypeInfoKind.Object or JsonTypeInfoKind.Dictionary => "an object",
                JsonTypeInfoKind.Enumerable => "an array",
                _ => plain.Name,
            };
    }

    /// <summary>The value itself when short ("42", "\"\"", null), else its kind.</summary>
    public static string Found(JsonElement? value) => value switch
    {
        null => "what the file holds",
        { ValueKind: JsonValueKind.Object } => "an object",
        { ValueKind: JsonValueKind.Array } => "an array",
        { } shown when shown.GetRawText() is { Length: <= 40 } text => text,
        { ValueKind: JsonValueKind.String } => "a long string",
        _ => "a long number",
    };
}
