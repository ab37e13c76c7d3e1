namespace Mlops.Config.Tests;

/// <summary>A file kind for the reader's own tests: a required name, an optional count, a list of parts.</summary>
internal sealed class Sample
{
    public required string Label { get; init; }

    public int? Seed { get; init; }

    public Dictionary<string, double>? Limits { get; init; }

    public required List<SamplePart> Parts { get; init; }
}

internal sealed class SamplePart
{
    public required string Name { get; init; }

    public required string Trainer { get; init; }

    public double? Weight { get; init; }
}
