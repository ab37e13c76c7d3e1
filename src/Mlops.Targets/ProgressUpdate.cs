namespace Mlops.Targets;

/// <summary>How one task of a long step is doing: its stage in words and, when known, the fraction done.</summary>
public sealed record ProgressUpdate(string Task, string Stage, double? Fraction = null);
