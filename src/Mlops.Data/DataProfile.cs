using System.Text.Json.Serialization;

namespace Mlops.Data;

/// <summary>
/// What the data looked like when it was validated, per file and column: the baseline that later data (production
/// traffic) is compared with. Numeric columns carry the train-quantile bins and every file's fraction in each, and
/// categorical columns each category's fraction, so a later PSI uses exactly the same buckets.
/// </summary>
public sealed record DataProfile(IReadOnlyList<FileProfile> Files, IReadOnlyList<FeatureDrift> Drift)
{
    /// <summary>The fraction an empty bucket counts as in a PSI, so one empty bucket does not make it infinite.</summary>
    public double PsiEpsilon { get; init; } = Internal.PopulationStability.Epsilon;

    /// <summary>The value that means "missing" in the data (the suite's), so a later drift check leaves it out as the profile did.</summary>
    public string? MissingMarker { get; init; }
}

/// <summary>One readable file: its role (train or test), its rows, and each expected column it has.</summary>
public sealed record FileProfile(string File, string Role, long Rows, IReadOnlyList<ColumnProfile> Columns);

/// <summary>
/// One column of one file over its well-formed rows: how many, how many missing, for numbers a summary and the bins,
/// for categories each category's share. Shares are fractions of the present values that parse as the column's type.
/// </summary>
public sealed record ColumnProfile(
    string Column,
    ColumnType Type,
    long Rows,
    long Missing,
    NumericSummary? Summary = null,
    IReadOnlyList<BinShare>? Bins = null,
    IReadOnlyList<CategoryShare>? Categories = null);

/// <summary>Minimum, maximum, mean and sample standard deviation of a numeric column's values.</summary>
public sealed record NumericSummary(double Min, double Max, double Mean, double StandardDeviation);

/// <summary>Values in (<paramref name="Above"/>, <paramref name="UpTo"/>]; a null end is open (written as null, so it reads back). The edges are train quantiles.</summary>
public sealed record BinShare(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? Above,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? UpTo,
    long Count,
    double Fraction);

/// <summary>One category's count and fraction; "(other)" counts values the suite does not list.</summary>
public sealed record CategoryShare(string Value, long Count, double Fraction);

/// <summary>The population stability index of a feature, test against train, and the threshold it was held to.</summary>
public sealed record FeatureDrift(string Feature, double Psi, double Threshold);
