using Microsoft.ML;
using Microsoft.ML.Data;

namespace Mlops.Benchmarks.Internal;

/// <summary>
/// One raw UCI Adult row as a serving app would hold it: numeric columns as float, categorical as string, the label as
/// bool, named as in the CSV header, which is also the trained model's input schema.
/// </summary>
internal sealed class AdultRow
{
    [ColumnName("age")]
    public float Age { get; set; }

    [ColumnName("workclass")]
    public string Workclass { get; set; } = "";

    [ColumnName("fnlwgt")]
    public float Fnlwgt { get; set; }

    [ColumnName("education")]
    public string Education { get; set; } = "";

    [ColumnName("education_num")]
    public float EducationNum { get; set; }

    [ColumnName("marital_status")]
    public string MaritalStatus { get; set; } = "";

    [ColumnName("occupation")]
    public string Occupation { get; set; } = "";

    [ColumnName("relationship")]
    public string Relationship { get; set; } = "";

    [ColumnName("race")]
    public string Race { get; set; } = "";

    [ColumnName("sex")]
    public string Sex { get; set; } = "";

    [ColumnName("capital_gain")]
    public float CapitalGain { get; set; }

    [ColumnName("capital_loss")]
    public float CapitalLoss { get; set; }

    [ColumnName("hours_per_week")]
    public float HoursPerWeek { get; set; }

    [ColumnName("native_country")]
    public string NativeCountry { get; set; } = "";

    [ColumnName("label")]
    public bool Label { get; set; }

    /// <summary>
    /// Every row of an Adult CSV, columns found by their header name (not position), so a reordered file still reads
    /// right; a missing column is an error naming it.
    /// </summary>
    public static IReadOnlyList<AdultRow> Read(MLContext ml, string csv)
    {
        var header = File.ReadLines(csv).FirstOrDefault()?.Split(',') ?? throw new InvalidDataException($"{csv}: the file is empty.");
        TextLoader.Column[] columns =
        [
            .. SchemaDefinition.Create(typeof(AdultRow)).Select(column =>
                new TextLoader.Column(column.ColumnName, KindOf(column.ColumnType), IndexOf(header, column.ColumnName, csv))),
        ];
        var view = ml.Data.CreateTextLoader(new TextLoader.Options { HasHeader = true, Separators = [','], Columns = columns }).Load(csv);
        return [.. ml.Data.CreateEnumerable<AdultRow>(view, reuseRowObject: false)];
    }

    private static int IndexOf(string[] header, string column, string csv)
    {
        var index = Array.IndexOf(header, column);
        return index >= 0 ? index : throw new InvalidDataException($"{csv}: no column '{column}' in the header, which an Adult row needs.");
    }

    private static DataKind KindOf(DataViewType type) =>
        type.RawType == typeof(float) ? DataKind.Single : type.RawType == typeof(bool) ? DataKind.Boolean : DataKind.String;
}
