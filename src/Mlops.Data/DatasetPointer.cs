using Mlops.Data.Internal;
using Mlops.Files;

namespace Mlops.Data;

/// <summary>
/// What a dataset is, by content, as committed to the repository (DVC's idea): names and hashes, never the data.
/// <code>
/// {
///   "name": "adult",
///   "description": "UCI Adult census income, official train/test split",
///   "files": [ { "path": "train.csv", "sha256": "f9d72d…", "size": 3396202 } ]
/// }
/// </code>
/// </summary>
public sealed record DatasetPointer(string Name, string? Description, IReadOnlyList<DatasetFile> Files)
{
    /// <summary>Reads a pointer file; anything malformed is a <see cref="DataInputException"/> naming the file and field.</summary>
    public static DatasetPointer Read(string pointerFile)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pointerFile);
        var file = new DataInputFile(pointerFile);
        var json = file.Read<DatasetPointerJson>();
        if (json.Name.IndexOfAny(['/', '\\']) >= 0 || json.Name is "." or "..")
        {
            throw file.Error("name", $"must be a plain name without '/' or '\\', not '{json.Name}'.");
        }

        if (json.Files.Count == 0)
        {
            throw file.Error("files", "must not be empty.");
        }

        var files = json.Files.Select((f, i) => ReadFile(file, $"files[{i}]", f)).ToList();
        var repeated = files.GroupBy(f => f.Path, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return repeated is null
            ? new DatasetPointer(json.Name, json.Description, files)
            : throw file.Error("files", $"lists '{repeated.Key}' more than once.");
    }

    private static DatasetFile ReadFile(DataInputFile file, string field, DatasetFileJson json)
    {
        if (!DatasetPaths.IsInside(json.Path))
        {
            throw file.Error($"{field}.path", $"must be a relative path inside the dataset with '/' separators, not '{json.Path}'.");
        }

        if (!Sha256Hex.IsValid(json.Sha256))
        {
            throw file.Error($"{field}.sha256", $"must be 64 lowercase hexadecimal digits, not '{json.Sha256}'.");
        }

        return json.Size >= 0
            ? new DatasetFile(json.Path, json.Sha256, json.Size)
            : throw file.Error($"{field}.size", $"must not be negative, not {json.Size}.");
    }
}
