using System.Text.Json;

namespace Mlops.Evaluation.Internal;

/// <summary>Typed reads of JSON fields whose failures are one line naming the file and the dotted field.</summary>
internal sealed class JsonFields(string path)
{
    public EvaluationInputException Error(string problem) => new($"{path}: {problem}.");

    /// <summary>Checks <paramref name="element"/> is an object and, when <paramref name="known"/> is given, that it has no other fields.</summary>
    public void Object(JsonElement element, string field, IReadOnlyList<string>? known)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Error($"{field} must be an object");
        }

        if (known is null)
        {
            return;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                var where = field == "the top level" ? property.Name : $"{field}.{property.Name}";
                throw Error($"unknown field {where} (expected {string.Join(", ", known)})");
            }
        }
    }

    public string? OptionalString(JsonElement parent, string name, string? field = null)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return null;
        }

        var where = field is null ? name : $"{field}.{name}";
        return value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!
            : throw Error($"{where} must be a non-empty string");
    }

    public string RequiredString(JsonElement parent, string name, string? field = null) =>
        OptionalString(parent, name, field) ?? throw Error($"{(field is null ? name : $"{field}.{name}")} is missing");

    public double? OptionalNumber(JsonElement parent, string name, string field)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number ? value.GetDouble() : throw Error($"{field}.{name} must be a number");
    }

    public double NonNegative(JsonElement value, string field) =>
        value.ValueKind == JsonValueKind.Number && value.GetDouble() >= 0
            ? value.GetDouble()
            : throw Error($"{field} must be a number of at least 0");

    public List<string> StringList(JsonElement parent, string name, string field)
    {
        var where = $"{field}.{name}";
        if (!parent.TryGetProperty(name, out var value))
        {
            throw Error($"{where} is missing");
        }

        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            throw Error($"{where} must be a non-empty list of column names");
        }

        var result = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
            {
                throw Error($"{where} must hold only non-empty strings");
            }

            if (result.Contains(item.GetString()!, StringComparer.Ordinal))
            {
                throw Error($"{where} names {item.GetString()} twice");
            }

            result.Add(item.GetString()!);
        }

        return result;
    }

    /// <summary>The canonical metric name, or an error listing the known ones.</summary>
    public string Metric(string name, string field) =>
        MetricName.Find(name) ?? throw Error($"{field}: '{name}' is not a metric (known: {string.Join(", ", MetricName.All)})");
}
