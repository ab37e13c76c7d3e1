using System.Text.Json.Nodes;
using Mlops.Testing;

namespace Mlops.Serving.Tests;

/// <summary>Rows of the real test.csv as a client sends them (JSON records without the label) and as the scorer takes them.</summary>
internal static class TestRows
{
    public static List<object?[]> Values(ModelScorer scorer, int count, int skip = 0) =>
        [.. CsvRecords.Read(SharedAdultData.Test, scorer.Columns, skip + count).Skip(skip)];

    public static JsonObject Record(ModelScorer scorer, object?[] values)
    {
        var record = new JsonObject();
        for (var i = 0; i < values.Length; i++)
        {
            record[scorer.Columns[i].Name] = values[i] is float number ? JsonValue.Create(number) : JsonValue.Create((string)values[i]!);
        }

        return record;
    }

    public static string Batch(ModelScorer scorer, IEnumerable<object?[]> rows) => new JsonArray([.. rows.Select(r => (JsonNode)Record(scorer, r))]).ToJsonString();

    /// <summary>The Open Inference Protocol request for the rows: one tensor per column.</summary>
    public static string InferRequest(ModelScorer scorer, IReadOnlyList<object?[]> rows, string id = "request-1")
    {
        var inputs = new JsonArray();
        for (var c = 0; c < scorer.Columns.Count; c++)
        {
            var column = scorer.Columns[c];
            var number = column.Kind == ModelColumnKind.Number;
            var data = new JsonArray([.. rows.Select(r => number ? JsonValue.Create((float)r[c]!) : (JsonNode)JsonValue.Create((string)r[c]!))]);
            inputs.Add(new JsonObject
            {
                ["name"] = column.Name,
                ["datatype"] = number ? "FP32" : "BYTES",
                ["shape"] = new JsonArray(rows.Count),
                ["data"] = data,
            });
        }

        return new JsonObject { ["id"] = id, ["inputs"] = inputs }.ToJsonString();
    }
}
