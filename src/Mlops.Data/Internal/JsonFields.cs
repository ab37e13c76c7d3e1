using System.Text.Json;

namespace Mlops.Data.Internal;

/// <summary>
/// One JSON object of an input file, read strictly: each error is one <see cref="DataInputException"/> line naming the
/// file and the field's path (<c>files[1].sha256</c>), and an unknown field is an error naming the nearest known one,
/// because a misspelt optional field would otherwise be silently ignored.
/// </summary>
internal sealed class JsonFields
{
    private readonly string _file;
    private readonly JsonElement _element;
    private readonly string _path;

    private JsonFields(string file, JsonElement element, string path)
    {
        (_file, _element, _path) = (file, element, path);
    }

    /// <summary>The file's top-level object.</summary>
    public static JsonFields Load(string file)
    {
        if (!File.Exists(file))
        {
            throw new DataInputException($"{file}: file not found.");
        }

        JsonElement root;
        try
        {
            // As text, so a byte-order mark (an editor on Windows) is not read as bad JSON.
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new DataInputException(
                $"{file}: not valid JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1} of the line.", e);
        }

        return root.ValueKind == JsonValueKind.Object
            ? new JsonFields(file, root, "")
            : throw new DataInputException($"{file}: the top level must be a JSON object, not {Describe(root)}.");
    }

    /// <summary>Refuses any field not in <paramref name="known"/>, and a field given twice (JSON would keep the last silently).</summary>
    public void AllowOnly(params string[] known)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in _element.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                throw Error(property.Name, $"is not a known field{DidYouMean.For(property.Name, known)}; known: {string.Join(", ", known)}.");
            }

            if (!names.Add(property.Name))
            {
                throw Error(property.Name, "appears twice.");
            }
        }
    }

    public bool Has(string name) => Optional(name) is not null;

    public string RequiredString(string name) => OptionalString(name) ?? throw Error(name, "is required (a string).");

    public string? OptionalString(string name) => Optional(name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } value when value.GetString()!.Length > 0 => value.GetString(),
        var value => throw Error(name, $"must be a non-empty string, not {Describe(value.Value)}."),
    };

    public double? OptionalNumber(string name) => Optional(name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Number } value => value.GetDouble(),
        var value => throw Error(name, $"must be a number, not {Describe(value.Value)}."),
    };

    public long RequiredWholeNumber(string name) => Optional(name) switch
    {
        null => throw Error(name, "is required (a whole number)."),
        { ValueKind: JsonValueKind.Number } value when value.TryGetInt64(out var number) => number,
        var value => throw Error(name, $"must be a whole number, not {Describe(value.Value)}."),
    };

    public JsonFields RequiredObject(string name) => OptionalObject(name) ?? throw Error(name, "is required (an object).");

    public JsonFields? OptionalObject(string name) => Optional(name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Object } value => new JsonFields(_file, value, PathOf(name)),
        var value => throw Error(name, $"must be an object, not {Describe(value.Value)}."),
    };

    /// <summary>A non-empty array of objects, each addressed as <c>name[i]</c>.</summary>
    public IReadOnlyList<JsonFields> RequiredObjects(string name)
    {
        var items = RequiredArray(name);
        return [.. items.Select((item, i) => item.ValueKind == JsonValueKind.Object
            ? new JsonFields(_file, item, $"{PathOf(name)}[{i}]")
            : throw Error($"{name}[{i}]", $"must be an object, not {Describe(item)}."))];
    }

    /// <summary>A non-empty array of distinct non-empty strings.</summary>
    public IReadOnlyList<string> RequiredStrings(string name)
    {
        var items = RequiredArray(name);
        var strings = new List<string>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var text = items[i].ValueKind == JsonValueKind.String ? items[i].GetString()! : null;
            if (string.IsNullOrEmpty(text))
            {
                throw Error($"{name}[{i}]", $"must be a non-empty string, not {Describe(items[i])}.");
            }

            if (strings.Contains(text, StringComparer.Ordinal))
            {
                throw Error($"{name}[{i}]", $"repeats '{text}'.");
            }

            strings.Add(text);
        }

        return strings;
    }

    /// <summary>Every field of this object, in file order, each value wrapped with its path.</summary>
    public IReadOnlyList<(string Name, JsonFields Value)> Fields()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var fields = new List<(string, JsonFields)>();
        foreach (var property in _element.EnumerateObject())
        {
            if (!names.Add(property.Name))
            {
                throw Error(property.Name, "appears twice.");
            }

            fields.Add((property.Name, new JsonFields(_file, property.Value, PathOf(property.Name))));
        }

        return fields;
    }

    /// <summary>This value, which must be an object (for the values of <see cref="Fields"/>).</summary>
    public JsonFields AsObject() =>
        _element.ValueKind == JsonValueKind.Object ? this : throw Error(null, $"must be an object, not {Describe(_element)}.");

    /// <summary>This value, which must be a number (for the values of <see cref="Fields"/>).</summary>
    public double AsNumber() =>
        _element.ValueKind == JsonValueKind.Number ? _element.GetDouble() : throw Error(null, $"must be a number, not {Describe(_element)}.");

    /// <summary>An error about <paramref name="name"/> (null: this object itself), naming the file and the field's path.</summary>
    public DataInputException Error(string? name, string message) =>
        new($"{_file}: field '{(name is null ? _path : PathOf(name))}' {message}");

    private List<JsonElement> RequiredArray(string name) => Optional(name) switch
    {
        null => throw Error(name, "is required (an array)."),
        { ValueKind: JsonValueKind.Array } value when value.GetArrayLength() > 0 => [.. value.EnumerateArray()],
        { ValueKind: JsonValueKind.Array } => throw Error(name, "must not be empty."),
        var value => throw Error(name, $"must be an array, not {Describe(value.Value)}."),
    };

    private JsonElement? Optional(string name) =>
        _element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private string PathOf(string name) => _path.Length == 0 ? name : $"{_path}.{name}";

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"'{value.GetString()}'",
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };
}
