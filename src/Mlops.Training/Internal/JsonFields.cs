using System.Text.Json;

namespace Mlops.Training.Internal;

/// <summary>
/// The fields of one JSON object in a config file, read with errors that name the file and the field's path
/// (e.g. "candidates[1].trainer"). Unknown and repeated fields are errors, so a typo never goes unnoticed.
/// </summary>
internal sealed class JsonFields
{
    private readonly string _file;
    private readonly string _path;
    private readonly Dictionary<string, JsonElement> _fields = new(StringComparer.Ordinal);

    public JsonFields(string file, string path, JsonElement element, params string[] known)
    {
        _file = file;
        _path = path;
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Error($"{Shown(path)} must be an object, not {Kind(element)}");
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                throw Error($"unknown field '{Child(property.Name)}'{NearestHint.For(property.Name, known)}");
            }

            if (!_fields.TryAdd(property.Name, property.Value))
            {
                throw Error($"field '{Child(property.Name)}' is given twice");
            }
        }
    }

    public JsonElement Required(string name) =>
        _fields.TryGetValue(name, out var value) ? value : throw Error($"'{Child(name)}' is missing");

    public JsonElement? Optional(string name) => _fields.TryGetValue(name, out var value) ? value : null;

    public string String(string name)
    {
        var value = Required(name);
        return value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!
            : throw Error($"'{Child(name)}' must be a non-empty string, not {Kind(value)}");
    }

    public int Int32(string name)
    {
        var value = Required(name);
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : throw Error($"'{Child(name)}' must be a whole number (Int32), not {Kind(value)}");
    }

    public IReadOnlyList<string> Strings(string name)
    {
        var value = Required(name);
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Error($"'{Child(name)}' must be an array of column names, not {Kind(value)}");
        }

        return [.. value.EnumerateArray().Select((item, index) =>
            item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString())
                ? item.GetString()!
                : throw Error($"'{Child(name)}[{index}]' must be a non-empty string, not {Kind(item)}"))];
    }

    public IReadOnlyList<JsonElement> Array(string name)
    {
        var value = Required(name);
        return value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray()]
            : throw Error($"'{Child(name)}' must be an array, not {Kind(value)}");
    }

    public string Child(string name) => _path.Length == 0 ? name : $"{_path}.{name}";

    public TrainingInputException Error(string message) => new($"{_file}: {message}.");

    /// <summary>How a value is shown in errors: its kind and, when short, the value itself.</summary>
    public static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.Null => "null",
        _ => value.GetRawText() is { Length: <= 40 } text ? text : $"a {value.ValueKind.ToString().ToUpperInvariant()} value",
    };

    private static string Shown(string path) => path.Length == 0 ? "the file" : $"'{path}'";
}
