using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Mlops.Names;

namespace Mlops.Config.Internal;

/// <summary>
/// Turns the serializer's exception into the project's one-line error. The serializer knows the path and the line;
/// what went wrong there is read from the file and the type, not from the serializer's wording, so it is said the same
/// way whatever the version of System.Text.Json.
/// </summary>
internal static partial class BindingError
{
    public static ConfigFileException From(JsonException error, string json, string file, Type root, JsonSerializerOptions options)
    {
        var line = error.LineNumber is { } zeroBased ? (int)zeroBased + 1 : (int?)null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, StrictOptions.Document);
        }
        catch (JsonException syntax)
        {
            return Syntax(syntax, file, line, error);
        }

        using (document)
        {
            var path = error.Path ?? "$";
            return new ConfigFileException(file, path, line, Problem(path, document.RootElement, root, options) ?? WithoutPosition(error.Message), error);
        }
    }

    /// <summary>What is wrong at <paramref name="path"/>, walking the type and the document side by side.</summary>
    private static string? Problem(string path, JsonElement rootElement, Type root, JsonSerializerOptions options)
    {
        var type = root;
        JsonElement? element = rootElement;
        JsonElement? parent = null;
        string? name = null;
        foreach (var segment in JsonPathSegments.Parse(path))
        {
            var info = options.GetTypeInfo(type);
            if (info.Kind == JsonTypeInfoKind.Object && segment.Name is { } field)
            {
                var property = info.Properties.FirstOrDefault(p => p.Name == field);
                if (property is null)
                {
                    return $"unknown field {path}.{DidYouMean.OrKnown(field, KnownNames(info, field))}";
                }

                type = property.PropertyType;
            }
            else if (info.Kind is JsonTypeInfoKind.Dictionary or JsonTypeInfoKind.Enumerable && info.ElementType is { } elementType)
            {
                type = elementType;
            }
            else
            {
                return null;
            }

            (parent, name) = (element, segment.Name);
            element = element is { } current ? Child(current, segment) : null;
        }

        // The serializer stops at the first problem in the file, so a field given twice whose first value binds is the problem.
        if (parent is { ValueKind: JsonValueKind.Object } owner && name is not null &&
            owner.EnumerateObject().Count(p => p.NameEquals(name)) > 1 && element is { } first && Binds(first, type, options))
        {
            return $"duplicate field {path}.";
        }

        var target = options.GetTypeInfo(Nullable.GetUnderlyingType(type) ?? type);
        if (element is { ValueKind: JsonValueKind.Object } value && target.Kind == JsonTypeInfoKind.Object)
        {
            var missing = target.Properties.Where(p => p.IsRequired && !value.TryGetProperty(p.Name, out _)).Select(p => $"{path}.{p.Name}").ToList();
            if (missing.Count > 0)
            {
                return $"missing required field{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)}.";
            }
        }

        return $"{path} must be {ExpectedValue.Of(type, options)}, not {ExpectedValue.Found(element)}.";
    }

    private static bool Binds(JsonElement value, Type type, JsonSerializerOptions options)
    {
        try
        {
            _ = value.Deserialize(type, options);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>
    /// The fields an object may have — those a file can set, not computed ones — with "$schema" only offered to a
    /// name that looks like it.
    /// </summary>
    private static IEnumerable<string> KnownNames(JsonTypeInfo info, string typed) =>
        info.Properties.Where(p => p.Set is not null || p.AssociatedParameter is not null).Select(p => p.Name)
            .Where(n => !n.StartsWith('$') || typed.StartsWith('$'));

    private static JsonElement? Child(JsonElement element, JsonPathSegment segment)
    {
        if (segment.Name is { } name)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                {
                    if (property.NameEquals(name))
                    {
                        return property.Value;
                    }
                }
            }

            return null;
        }

        return element.ValueKind == JsonValueKind.Array && segment.Index >= 0 && segment.Index < element.GetArrayLength()
            ? element[segment.Index]
            : null;
    }

    /// <summary>The text is not JSON at all: the line the parser stopped at (or <paramref name="fallbackLine"/>) and why.</summary>
    public static ConfigFileException Syntax(JsonException syntax, string file, int? fallbackLine = null, Exception? cause = null)
    {
        var line = syntax.LineNumber is { } at ? (int)at + 1 : fallbackLine;
        return new ConfigFileException(file, null, line, $"not valid JSON: {WithoutPosition(syntax.Message)}", cause ?? syntax);
    }

    /// <summary>The reader's message without the " LineNumber: 2 | BytePositionInLine: 12." the error already says as its line.</summary>
    private static string WithoutPosition(string message) => Position().Replace(message, "").TrimEnd();

    [GeneratedRegex(@"\s*(Path: \S* \| )?LineNumber: \d+ \| BytePositionInLine: \d+\.$")]
    private static partial Regex Position();
}
