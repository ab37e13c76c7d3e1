using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Mlops.Data;

/// <summary>How a column's values are read: whole numbers, any numbers, or one of a fixed set of categories.</summary>
/// <remarks>Read by name in any case ("integer" in profile.json), so a written profile reads back.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<ColumnType>))]
public enum ColumnType
{
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The suite's own word for whole-number columns.")]
    Integer,
    Number,
    Category,
}

/// <summary>
/// What one column must hold: its <paramref name="Type"/>, for categories the allowed <paramref name="Categories"/>,
/// for numbers an optional range [<paramref name="Min"/>, <paramref name="Max"/>], and the largest fraction of values
/// that may be missing.
/// </summary>
public sealed record ColumnExpectation(
    string Name,
    ColumnType Type,
    IReadOnlyList<string>? Categories,
    double? Min,
    double? Max,
    double MaxMissing)
{
    public bool IsNumeric => Type is ColumnType.Integer or ColumnType.Number;
}
