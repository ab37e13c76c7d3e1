namespace Mlops.Data.Internal;

/// <summary>The shape of an expectation suite file (schemas/expectation-suite.schema.json), bound by Mlops.Config.</summary>
internal sealed class ExpectationSuiteJson
{
    public string? Description { get; init; }

    public string? MissingMarker { get; init; }

    public RowsJson? Rows { get; init; }

    public double? MaxDuplicateFraction { get; init; }

    public required LabelJson Label { get; init; }

    public DriftJson? Drift { get; init; }

    /// <summary>Ordered: the columns are expected in the file's header in this order.</summary>
    public required OrderedDictionary<string, ColumnJson> Columns { get; init; }
}

internal sealed class RowsJson
{
    public BoundsJson? Train { get; init; }

    public BoundsJson? Test { get; init; }
}

internal sealed class BoundsJson
{
    public double? Min { get; init; }

    public double? Max { get; init; }
}

internal sealed class LabelJson
{
    public required string Column { get; init; }

    public required List<string> Values { get; init; }

    public string? Positive { get; init; }

    public BoundsJson? PositiveFraction { get; init; }
}

internal sealed class DriftJson
{
    public required double MaxPsi { get; init; }

    public int? Bins { get; init; }

    public OrderedDictionary<string, double>? Features { get; init; }
}

internal sealed class ColumnJson
{
    public required string Type { get; init; }

    public List<string>? Values { get; init; }

    public double? Min { get; init; }

    public double? Max { get; init; }

    public double? MaxMissing { get; init; }
}
