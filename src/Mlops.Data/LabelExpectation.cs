namespace Mlops.Data;

/// <summary>
/// The label <paramref name="Column"/>: every row holds one of <paramref name="Values"/> (never missing), and the
/// fraction of rows holding <paramref name="Positive"/> lies within <paramref name="PositiveFraction"/>.
/// </summary>
public sealed record LabelExpectation(string Column, IReadOnlyList<string> Values, string Positive, Bounds? PositiveFraction);
