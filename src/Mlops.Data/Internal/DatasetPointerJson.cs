namespace Mlops.Data.Internal;

/// <summary>The shape of a dataset pointer file (schemas/dataset-pointer.schema.json), bound by Mlops.Config.</summary>
internal sealed class DatasetPointerJson
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    public required List<DatasetFileJson> Files { get; init; }
}

internal sealed class DatasetFileJson
{
    public required string Path { get; init; }

    public required string Sha256 { get; init; }

    public required long Size { get; init; }
}
