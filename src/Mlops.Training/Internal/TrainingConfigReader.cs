using System.Text.Json;

namespace Mlops.Training.Internal;

/// <summary>Reads configs/training.json (comments and trailing commas allowed; unknown fields are errors), then checks it.</summary>
internal static class TrainingConfigReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static TrainingConfig Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var document = Parse(path);
        var root = new JsonFields(path, "", document.RootElement, "label", "seed", "features", "candidates");
        var label = root.String("label");
        var seed = root.Int32("seed");
        var features = new JsonFields(path, "features", root.Required("features"), "numeric", "categorical");
        var config = new TrainingConfig(
            label,
            seed,
            new FeatureSet(features.Strings("numeric"), features.Strings("categorical")),
            [.. root.Array("candidates").Select((candidate, index) => Candidate(path, $"candidates[{index}]", candidate))])
        {
            Source = path,
        };
        TrainingConfigCheck.Check(config);
        return config;
    }

    private static JsonDocument Parse(string path)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllText(path), Options);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new TrainingInputException($"{path}: no such file.", e);
        }
        catch (JsonException e)
        {
            throw new TrainingInputException($"{path}: not valid JSON: {Hyperparameters.OneLine(e.Message)}", e);
        }
    }

    private static CandidateConfig Candidate(string file, string path, JsonElement element)
    {
        var fields = new JsonFields(file, path, element, "name", "trainer", "hyperparameters");
        var hyperparameters = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (fields.Optional("hyperparameters") is { } values)
        {
            if (values.ValueKind != JsonValueKind.Object)
            {
                throw fields.Error($"'{fields.Child("hyperparameters")}' must be an object, not {JsonFields.Kind(values)}");
            }

            foreach (var property in values.EnumerateObject())
            {
                // Clone: the values outlive the document they were read from.
                if (!hyperparameters.TryAdd(property.Name, property.Value.Clone()))
                {
                    throw fields.Error($"hyperparameter '{fields.Child("hyperparameters")}.{property.Name}' is given twice");
                }
            }
        }

        return new CandidateConfig(fields.String("name"), fields.String("trainer"), hyperparameters);
    }
}
