using System.Globalization;

namespace Mlops.Data;

/// <summary>An inclusive range with either end optional, for row counts and fractions.</summary>
public sealed record Bounds(double? Min, double? Max)
{
    public bool Contains(double value) => (Min is null || value >= Min) && (Max is null || value <= Max);

    /// <summary>"from 0.2 to 0.3", "at least 30000", "at most 5".</summary>
    public override string ToString() => (Min, Max) switch
    {
        ({ } min, { } max) => $"from {Show(min)} to {Show(max)}",
        ({ } min, null) => $"at least {Show(min)}",
        (null, { } max) => $"at most {Show(max)}",
        _ => "any",
    };

    private static string Show(double value) => value.ToString("G", CultureInfo.InvariantCulture);
}
