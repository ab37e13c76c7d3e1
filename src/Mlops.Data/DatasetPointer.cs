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
        var json = JsonFields.Load(pointerFile);
        json.AllowOnly("name", "description", "files");
        var name = json.RequiredString("name");
        if (name.IndexOfAny(['/', '\\']) >= 0 || name is "." or "..")
        {
            throw json.Error("name", $"must be a plain name without '/' or '\\', not '{name}'.");
        }

        var files = json.RequiredObjects("files").Select(ReadFile).ToList();
        var repeated = files.GroupBy(f => f.Path, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw json.Error("files", $"lists '{repeated.Key}' more than once.");
        }

        return new DatasetPointer(name, json.OptionalString("description"), files);
    }

    private static DatasetFile ReadFile(JsonFields file)
    {
        file.AllowOnly("path", "sha256", "size");
        var path = file.RequiredString("path");
        if (!DatasetPaths.IsInside(path))
        {
            throw file.Error("path", $"must be a relative path inside the dataset with '/' separators, not '{path}'.");
        }

        var sha256 = file.RequiredString("sha256");
        if (!Sha256Hex.IsValid(sha256))
        {
            throw file.Error("sha256", $"must be 64 lowercase hexadecimal digits, not '{sha256}'.");
        }

        var size = file.RequiredWholeNumber("size");
        return size >= 0 ? new DatasetFile(path, sha256, size) : throw file.Error("size", $"must not be negative, not {size}.");
    }
}
