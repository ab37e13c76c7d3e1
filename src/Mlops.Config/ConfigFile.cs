using System.Text.Json;
using Mlops.Config.Internal;

namespace Mlops.Config;

/// <summary>
/// Reads one of the project's JSON files into a plain type, the same way for every kind of file: comments (<c>//</c>,
/// <c>/* */</c>) and trailing commas allowed, a byte-order mark ignored, a top-level <c>"$schema"</c> accepted and
/// ignored (it is for editors). An unknown field, a field given twice, a value of the wrong type or an empty string,
/// and a missing required member (C# <c>required</c>) are each a <see cref="ConfigFileException"/> of one line naming
/// the file, the line and the JSON path, an unknown field with the nearest known ones.
/// </summary>
/// <remarks>
/// The bound type names its fields in camelCase as the files spell them; nullable members are optional.
/// Checks of meaning (ranges, names that must exist) stay with the library that knows them.
/// </remarks>
public static class ConfigFile
{
    /// <summary>Reads and binds <paramref name="path"/>, or throws a <see cref="ConfigFileException"/>.</summary>
    public static T Read<T>(string path)
        where T : class
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Parse<T>(ReadText(path), path);
    }

    /// <summary>
    /// The string at <paramref name="fieldPath"/> (<c>"champion", "metrics"</c>), or null where a field on the way is
    /// absent or not a string, without binding the file: for a cache key taken on every run, where binding would cost
    /// the serializer's start-up (some 40 ms) on a run that otherwise has nothing to do. Whether the file is valid is
    /// still <see cref="Read{T}"/>'s to say when it is used; only text that is not JSON at all throws here.
    /// </summary>
    public static string? PeekString(string path, params string[] fieldPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(fieldPath);
        var text = ReadText(path);
        try
        {
            using var document = JsonDocument.Parse(text, StrictOptions.Document);
            var element = document.RootElement;
            foreach (var field in fieldPath)
            {
                if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(field, out element))
                {
                    return null;
                }
            }

            return element.ValueKind == JsonValueKind.String ? element.GetString() : null;
        }
        catch (JsonException e)
        {
            throw BindingError.Syntax(e, path);
        }
    }

    /// <summary>Binds <paramref name="json"/> as if read from <paramref name="file"/> (named in errors).</summary>
    public static T Parse<T>(string json, string file)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        var options = StrictOptions.For(typeof(T));
        try
        {
            return JsonSerializer.Deserialize<T>(json, options)
                ?? throw new ConfigFileException(file, "$", 1, $"$ must be {ExpectedValue.Of(typeof(T), options)}, not null.");
        }
        catch (JsonException e)
        {
            throw BindingError.From(e, json, file, typeof(T), options);
        }
    }

    private static string ReadText(string path)
    {
        try
        {
            // As text, so a byte-order mark (an editor on Windows) is not read as bad JSON.
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ConfigFileException(path, null, null, "file not found.", e);
        }
    }
}
