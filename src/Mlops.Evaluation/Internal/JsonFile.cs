using System.Text.Json;

namespace Mlops.Evaluation.Internal;

/// <summary>Parses a JSON file people edit by hand: comments and trailing commas allowed, errors name the file.</summary>
internal static class JsonFile
{
    private static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        // A field given twice would otherwise be read as its last value, silently.
        AllowDuplicateProperties = false,
    };

    /// <summary>The root element, detached from the document so the caller need not dispose anything.</summary>
    public static JsonElement Parse(string path, string what)
    {
        if (!File.Exists(path))
        {
            throw new EvaluationInputException($"{path}: the {what} does not exist.");
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path), Options);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new EvaluationInputException($"{path}: not valid JSON: {e.Message}", e);
        }
    }
}
