using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mlops.Kubernetes.Internal;

/// <summary>
/// A value of an object as Argo CD's Lua health scripts see it (gopher-lua, fed the object's JSON): nil, a boolean, a
/// number, a string or a table. What is an error in Lua is a <see cref="ScriptFault"/> here — indexing nil, comparing
/// a number with nil, ipairs over nil — so a judgement written with these fails exactly where the script fails, and
/// is then Unknown, as Argo CD says.
/// </summary>
internal readonly struct ScriptValue(JsonNode? node)
{
    public static ScriptValue Nil => default;

    public bool IsNil => node is null;

    public bool IsTable => node is JsonObject or JsonArray;

    /// <summary>Lua's truth: everything but nil and false.</summary>
    public bool IsTruthy => node is not null && Kind != JsonValueKind.False;

    /// <summary><c>value.key</c>: nil for a missing key, an error on anything that is not a table.</summary>
    public ScriptValue this[string key] => node switch
    {
        JsonObject table => new(table[key]),
        JsonArray => Nil, // an array's table has only number keys
        _ => throw new ScriptFault($"attempt to index a non-table object({TypeName}) with key '{key}'"),
    };

    /// <summary>The string, when the value is one.</summary>
    public string? Text => Kind == JsonValueKind.String ? node!.GetValue<string>() : null;

    /// <summary>The number, when the value is one (Lua numbers are doubles).</summary>
    public double? Number => Kind == JsonValueKind.Number ? double.Parse(node!.ToJsonString(), CultureInfo.InvariantCulture) : null;

    public string TypeName => Kind switch
    {
        JsonValueKind.Object or JsonValueKind.Array => "table",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "nil",
    };

    private JsonValueKind Kind => node?.GetValueKind() ?? JsonValueKind.Null;

    public static ScriptValue Of(string text) => new(JsonValue.Create(text));

    public static ScriptValue Of(double number) => new(JsonValue.Create(number));

    /// <summary>
    /// Lua's <c>tonumber</c> as gopher-lua has it: a number is itself; a string trimmed of spaces, tabs and newlines is
    /// a float when it has a '.', else an integer (hexadecimal after 0x); anything else is nil.
    /// </summary>
    public ScriptValue ToNumber()
    {
        if (Number is not null)
        {
            return this;
        }

        if (Text is not { } text)
        {
            return Nil;
        }

        text = text.Trim(' ', '\n', '\t');
        if (text.Contains('.', StringComparison.Ordinal))
        {
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) ? Of(real) : Nil;
        }

        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            return long.TryParse(text[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex) ? Of(hex) : Nil;
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) ? Of(whole) : Nil;
    }

    /// <summary>Lua's <c>==</c>: the same type and value; tables only when they are the same table.</summary>
    public bool Is(ScriptValue other) => (Kind, other.Kind) switch
    {
        (JsonValueKind.Null, JsonValueKind.Null) => true,
        (JsonValueKind.String, JsonValueKind.String) => Text == other.Text,
        (JsonValueKind.Number, JsonValueKind.Number) => Number == other.Number,
        (JsonValueKind.True or JsonValueKind.False, JsonValueKind.True or JsonValueKind.False) => Kind == other.Kind,
        _ => IsTable && ReferenceEquals(node, other.Node),
    };

    /// <summary>Lua's <c>&lt;</c>: numbers or strings with their own kind; any other pair is the script's error.</summary>
    public bool IsLessThan(ScriptValue other) => (Number, other.Number, Text, other.Text) switch
    {
        ({ } a, { } b, _, _) => a < b,
        (_, _, { } a, { } b) => string.CompareOrdinal(a, b) < 0,
        _ => throw new ScriptFault($"attempt to compare {TypeName} with {other.TypeName}"),
    };

    /// <summary>What <c>ipairs</c> walks: a table's items from the first up to the first nil.</summary>
    public IEnumerable<ScriptValue> Items() => node switch
    {
        JsonArray array => array.TakeWhile(item => item is not null).Select(item => new ScriptValue(item)),
        JsonObject => [],
        _ => throw new ScriptFault($"bad argument #1 to ipairs (table expected, got {TypeName})"),
    };

    /// <summary><c>table.getn</c>: how many items <see cref="Items"/> walks.</summary>
    public int Length => IsTable ? Items().Count() : throw new ScriptFault($"bad argument #1 to getn (table expected, got {TypeName})");

    internal JsonNode? Node => node;
}
