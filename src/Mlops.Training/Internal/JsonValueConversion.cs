using System.Text.Json;

namespace Mlops.Training.Internal;

/// <summary>Converts a JSON value from the config to the type of a trainer option, or says what was expected.</summary>
internal static class JsonValueConversion
{
    /// <summary>Whether a config can set an option of this type (objects such as boosters or stopping rules cannot).</summary>
    public static bool Supports(Type type)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        return plain.IsEnum || plain == typeof(bool) || plain == typeof(int) || plain == typeof(long) ||
            plain == typeof(float) || plain == typeof(double) || plain == typeof(string);
    }

    /// <summary>The value as <paramref name="type"/>; false with <paramref name="expected"/> describing the type when it does not fit.</summary>
    public static bool TryConvert(JsonElement value, Type type, out object? converted, out string expected)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        var plain = underlying ?? type;
        expected = Describe(plain) + (underlying is null ? "" : " or null");
        converted = null;
        if (value.ValueKind == JsonValueKind.Null)
        {
            return underlying is not null;
        }

        converted = value.ValueKind switch
        {
            JsonValueKind.True or JsonValueKind.False when plain == typeof(bool) => value.GetBoolean(),
            JsonValueKind.Number when plain == typeof(int) && value.TryGetInt32(out var i) => i,
            JsonValueKind.Number when plain == typeof(long) && value.TryGetInt64(out var l) => l,
            JsonValueKind.Number when plain == typeof(double) && value.TryGetDouble(out var d) && double.IsFinite(d) => d,
            JsonValueKind.Number when plain == typeof(float) && value.TryGetSingle(out var f) && float.IsFinite(f) => f,
            JsonValueKind.String when plain == typeof(string) => value.GetString(),
            JsonValueKind.String when plain.IsEnum => EnumValue(plain, value.GetString()!),
            _ => null,
        };
        return converted is not null;
    }

    private static string Describe(Type type) =>
        type == typeof(bool) ? "true or false"
        : type == typeof(int) ? "a whole number (Int32)"
        : type == typeof(long) ? "a whole number (Int64)"
        : type == typeof(float) ? "a number (Single)"
        : type == typeof(double) ? "a number (Double)"
        : type == typeof(string) ? "a string"
        : type.IsEnum ? $"one of {string.Join(", ", Enum.GetNames(type).Select(n => $"\"{n}\""))}"
        : type.Name;

    /// <summary>By name only, ignoring case: "1" or "A,B" are not names, even though Enum.Parse would take them.</summary>
    private static object? EnumValue(Type type, string text)
    {
        var name = Enum.GetNames(type).FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        return name is null ? null : Enum.Parse(type, name);
    }
}
