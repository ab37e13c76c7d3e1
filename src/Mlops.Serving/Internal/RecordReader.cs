using System.Text;
using System.Text.Json;
using Mlops.Names;

namespace Mlops.Serving.Internal;

/// <summary>
/// /predict's body — one record, or an array of records — read into the model's input rows: each record a JSON object
/// keyed by the model's column names, numbers as JSON numbers, categories as strings, nothing more and nothing less.
/// Anything else is a 400 naming the row (counted from 0, as the array's indexes) and the field; values are never
/// echoed, so an error can be logged or shown without holding the client's data.
/// </summary>
internal sealed class RecordReader(IReadOnlyList<ModelColumn> columns)
{
    private readonly byte[][] _names = [.. columns.Select(c => Encoding.UTF8.GetBytes(c.Name))];
    private readonly bool[] _numeric = [.. columns.Select(c => c.Kind == ModelColumnKind.Number)];

    public List<object?[]> Read(ReadOnlySpan<byte> json)
    {
        if (json.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw RequestRejected.BadRequest("the body is empty; send a record (a JSON object) or an array of records.");
        }

        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 8 });
        var rows = new List<object?[]>();
        try
        {
            reader.Read();

            if (reader.TokenType == JsonTokenType.StartObject)
            {
                rows.Add(ReadRecord(ref reader, null));
            }
            else if (reader.TokenType == JsonTokenType.StartArray)
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    rows.Add(reader.TokenType == JsonTokenType.StartObject
                        ? ReadRecord(ref reader, rows.Count)
                        : throw RequestRejected.BadRequest($"row {rows.Count}: must be a JSON object of column values, not {Describe(reader.TokenType)}."));
                }

                if (rows.Count == 0)
                {
                    throw RequestRejected.BadRequest("the array holds no records.");
                }
            }
            else
            {
                throw RequestRejected.BadRequest($"the body must be a record (a JSON object) or an array of records, not {Describe(reader.TokenType)}.");
            }

            _ = reader.Read(); // anything after the value throws
        }
        catch (JsonException e)
        {
            throw RequestRejected.BadRequest(NotJson(e));
        }

        return rows;
    }

    private object?[] ReadRecord(ref Utf8JsonReader reader, int? row)
    {
        var values = new object?[_names.Length];
        Span<bool> seen = _names.Length <= 256 ? stackalloc bool[_names.Length] : new bool[_names.Length];
        var (given, column) = (0, -1);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            column = Find(ref reader, column + 1);
            if (column < 0)
            {
                var name = reader.GetString()!;
                throw RequestRejected.BadRequest($"{At(row)}field '{Shorten(name)}' is not an input of the model.{DidYouMean.OrKnown(name, columns.Select(c => c.Name))}");
            }

            if (seen[column])
            {
                throw RequestRejected.BadRequest($"{At(row)}field '{columns[column].Name}' is given twice.");
            }

            seen[column] = true;
            given++;
            reader.Read();
            if (_numeric[column])
            {
                values[column] = Number(ref reader, row, column);
            }
            else
            {
                values[column] = Category(ref reader, row, column);
            }
        }

        if (given == _names.Length)
        {
            return values;
        }

        var missing = new List<string>();
        for (var i = 0; i < seen.Length; i++)
        {
            if (!seen[i])
            {
                missing.Add($"'{columns[i].Name}'");
            }
        }

        return missing.Count switch
        {
            1 => throw RequestRejected.BadRequest($"{At(row)}field {missing[0]} is missing."),
            _ => throw RequestRejected.BadRequest($"{At(row)}fields {string.Join(", ", missing.Take(5))}{(missing.Count > 5 ? ", …" : "")} are missing."),
        };
    }

    /// <summary>The column the property names, trying first the one after the last: clients mostly keep one order.</summary>
    private int Find(ref Utf8JsonReader reader, int likely)
    {
        if (likely < _names.Length && reader.ValueTextEquals(_names[likely]))
        {
            return likely;
        }

        for (var i = 0; i < _names.Length; i++)
        {
            if (reader.ValueTextEquals(_names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private float Number(ref Utf8JsonReader reader, int? row, int column)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw RequestRejected.BadRequest($"{At(row)}field '{columns[column].Name}' must be a number, not {Describe(reader.TokenType)}.");
        }

        return reader.TryGetDouble(out var value) && Math.Abs(value) <= float.MaxValue
            ? (float)value
            : throw RequestRejected.BadRequest($"{At(row)}field '{columns[column].Name}' is out of range for a 32-bit float.");
    }

    private string Category(ref Utf8JsonReader reader, int? row, int column) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : throw RequestRejected.BadRequest($"{At(row)}field '{columns[column].Name}' must be a string (a category), not {Describe(reader.TokenType)}.");

    /// <summary>Where an error is: "row N: " in an array, nothing for a lone record. Made only for an error.</summary>
    private static string At(int? row) => row is { } index ? $"row {index}: " : "";

    internal static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    /// <summary>Where the JSON broke, not what it said: the reader's own message quotes the offending text.</summary>
    internal static string NotJson(JsonException e) =>
        $"the body is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}).";

    internal static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
