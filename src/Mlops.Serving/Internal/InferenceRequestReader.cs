using System.Text.Json;
using Mlops.Names;

namespace Mlops.Serving.Internal;

/// <summary>
/// An Open Inference Protocol (KServe V2) infer request read into the model's input rows: one input tensor per column,
/// named as the column, BYTES for a category and FP32, FP64, INT32 or INT64 for a number, every tensor with the same
/// number of rows (its first dimension) and as many values as its shape holds (flat or nested, row-major).
/// </summary>
internal sealed class InferenceRequestReader(IReadOnlyList<ModelColumn> columns)
{
    private static readonly string[] NumericTypes = ["FP32", "FP64", "INT32", "INT64"];

    private readonly Dictionary<string, int> _index = columns.Select((c, i) => (c.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);

    public (string? Id, List<object?[]> Rows, IReadOnlyList<string>? Outputs) Read(ReadOnlySpan<byte> json)
    {
        if (json.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw RequestRejected.BadRequest("the body is empty; send an inference request (a JSON object with 'inputs').");
        }

        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 16 });
            document = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException e)
        {
            throw RequestRejected.BadRequest(RecordReader.NotJson(e));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw RequestRejected.BadRequest("the body must be an inference request (a JSON object with 'inputs').");
            }

            var id = root.TryGetProperty("id", out var idValue) ? idValue.ValueKind == JsonValueKind.String
                ? idValue.GetString() : throw RequestRejected.BadRequest("'id' must be a string.") : null;
            if (!root.TryGetProperty("inputs", out var inputs) || inputs.ValueKind != JsonValueKind.Array)
            {
                throw RequestRejected.BadRequest("'inputs' must be an array with one tensor per model input.");
            }

            return (id, Rows(inputs), Outputs(root));
        }
    }

    private List<object?[]> Rows(JsonElement inputs)
    {
        var tensors = new JsonElement?[columns.Count];
        var index = 0;
        foreach (var input in inputs.EnumerateArray())
        {
            var at = $"inputs[{index++}]";
            var name = input.ValueKind == JsonValueKind.Object && input.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String
                ? n.GetString()! : throw RequestRejected.BadRequest($"{at}: must be a tensor with a string 'name'.");
            if (!_index.TryGetValue(name, out var column))
            {
                throw RequestRejected.BadRequest($"{at}: '{RecordReader.Shorten(name)}' is not an input of the model.{DidYouMean.OrKnown(name, columns.Select(c => c.Name))}");
            }

            if (tensors[column] is not null)
            {
                throw RequestRejected.BadRequest($"{at}: input '{name}' is given twice.");
            }

            tensors[column] = input;
        }

        var missing = columns.Where((_, i) => tensors[i] is null).Select(c => $"'{c.Name}'").ToList();
        if (missing.Count > 0)
        {
            throw RequestRejected.BadRequest($"input{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing.Take(5))}{(missing.Count > 5 ? ", …" : "")} missing.");
        }

        List<object?[]>? rows = null;
        for (var column = 0; column < columns.Count; column++)
        {
            var values = Values(tensors[column]!.Value, columns[column]);
            rows ??= [.. Enumerable.Range(0, values.Count).Select(_ => new object?[columns.Count])];
            if (values.Count != rows.Count)
            {
                throw RequestRejected.BadRequest($"input '{columns[column].Name}': {values.Count} rows, but '{columns[0].Name}' has {rows.Count}.");
            }

            for (var row = 0; row < values.Count; row++)
            {
                rows[row][column] = values[row];
            }
        }

        return rows is { Count: > 0 } ? rows : throw RequestRejected.BadRequest("the inputs hold no rows.");
    }

    private static List<object> Values(JsonElement tensor, ModelColumn column)
    {
        var at = $"input '{column.Name}'";
        var datatype = tensor.TryGetProperty("datatype", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString()! : "";
        var expected = column.Kind == ModelColumnKind.Number ? NumericTypes : ["BYTES"];
        if (!expected.Contains(datatype, StringComparer.Ordinal))
        {
            throw RequestRejected.BadRequest($"{at}: datatype must be {string.Join(" or ", expected)}, not '{RecordReader.Shorten(datatype)}'.");
        }

        if (!tensor.TryGetProperty("shape", out var shape) || shape.ValueKind != JsonValueKind.Array || shape.GetArrayLength() is 0 or > 2
            || shape.EnumerateArray().Any(s => s.ValueKind != JsonValueKind.Number || !s.TryGetInt32(out var size) || size < 0))
        {
            throw RequestRejected.BadRequest($"{at}: shape must be [rows] or [rows, 1].");
        }

        var dims = shape.EnumerateArray().Select(s => s.GetInt32()).ToList();
        if (dims.Count == 2 && dims[1] != 1)
        {
            throw RequestRejected.BadRequest($"{at}: shape [{dims[0]}, {dims[1]}] has {dims[1]} values per row; one is taken.");
        }

        if (!tensor.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
        {
            throw RequestRejected.BadRequest($"{at}: 'data' must be an array.");
        }

        var values = new List<object>(dims[0]);
        Flatten(data, values, column, at);
        return values.Count == dims[0]
            ? values
            : throw RequestRejected.BadRequest($"{at}: shape [{string.Join(", ", dims)}] holds {dims[0]} values, but data has {values.Count}.");
    }

    private static void Flatten(JsonElement data, List<object> values, ModelColumn column, string at)
    {
        foreach (var item in data.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Array)
            {
                Flatten(item, values, column, at);
            }
            else if (column.Kind == ModelColumnKind.Number)
            {
                values.Add(item.ValueKind == JsonValueKind.Number && item.TryGetDouble(out var number) && Math.Abs(number) <= float.MaxValue
                    ? (float)number
                    : throw RequestRejected.BadRequest(item.ValueKind == JsonValueKind.Number
                        ? $"{at}: data[{values.Count}] is out of range for a 32-bit float."
                        : $"{at}: data[{values.Count}] must be a number, not {Kind(item)}."));
            }
            else
            {
                values.Add(item.ValueKind == JsonValueKind.String
                    ? item.GetString()!
                    : throw RequestRejected.BadRequest($"{at}: data[{values.Count}] must be a string, not {Kind(item)}."));
            }
        }
    }

    private static List<string>? Outputs(JsonElement root)
    {
        if (!root.TryGetProperty("outputs", out var outputs))
        {
            return null;
        }

        var names = outputs.ValueKind == JsonValueKind.Array
            ? outputs.EnumerateArray().Select(o => o.ValueKind == JsonValueKind.Object && o.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String
                ? n.GetString()! : throw RequestRejected.BadRequest("'outputs' must be an array of objects with a string 'name'.")).ToList()
            : throw RequestRejected.BadRequest("'outputs' must be an array of objects with a string 'name'.");
        foreach (var name in names.Where(n => !InferenceOutputs.Names.Contains(n)))
        {
            throw RequestRejected.BadRequest($"output '{RecordReader.Shorten(name)}' is not an output of the model.{DidYouMean.OrKnown(name, InferenceOutputs.Names)}");
        }

        return names;
    }

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => value.ValueKind.ToString(),
    };
}
