using Microsoft.ML;
using Mlops.Names;

namespace Mlops.Training.Internal;

/// <summary>
/// Checks a config before anything trains, whether it was read from a file or built in code: candidates, trainers and
/// hyperparameters, and feature names that could not be columns of one model.
/// </summary>
internal static class TrainingConfigCheck
{
    /// <summary>Columns the model itself makes; a CSV column of that name would be hidden by them.</summary>
    public static readonly IReadOnlyList<string> ModelColumns = [ModelPipeline.FeaturesColumn, "PredictedLabel", "Score", "Probability"];

    public static void Check(TrainingConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var file = config.Source;
        if (string.IsNullOrWhiteSpace(config.Label))
        {
            throw new TrainingInputException($"{file}: 'label' is empty.");
        }

        if (ModelColumns.Contains(config.Label, StringComparer.Ordinal))
        {
            // Caught here rather than as ML.NET's schema mismatch half-way through a fit.
            throw new TrainingInputException($"{file}: the label '{config.Label}' has the name of a column the model makes; rename the CSV column.");
        }

        CheckFeatures(file, config.Label, config.Features);
        if (config.Candidates.Count == 0)
        {
            throw new TrainingInputException($"{file}: 'candidates' is empty; name at least one model to train.");
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var ml = new MLContext(config.Seed);
        foreach (var candidate in config.Candidates)
        {
            CheckName(file, candidate.Name);
            if (!names.Add(candidate.Name))
            {
                throw new TrainingInputException(
                    $"{file}: candidate name '{candidate.Name}' is used twice (names are folder names, so case does not count).");
            }

            var where = $"{file}: candidate '{candidate.Name}'";
            var trainer = TrainerDefinitions.Find(candidate.Trainer) ?? throw new TrainingInputException(
                $"{where}: unknown trainer '{candidate.Trainer}'.{DidYouMean.OrKnown(candidate.Trainer, TrainerDefinitions.All.Select(t => t.Name))}");
            trainer.Configure(ml, candidate.Hyperparameters, new TrainerColumns(config.Label, ModelPipeline.FeaturesColumn), config.Seed, where);
        }
    }

    private static void CheckFeatures(string file, string label, FeatureSet features)
    {
        var all = features.Numeric.Select(name => ("numeric", name)).Concat(features.Categorical.Select(name => ("categorical", name))).ToList();
        if (all.Count == 0)
        {
            throw new TrainingInputException($"{file}: 'features' names no columns; list them under 'numeric' and 'categorical'.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { label };
        foreach (var (kind, name) in all)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new TrainingInputException($"{file}: 'features.{kind}' has an empty column name.");
            }

            if (ModelColumns.Contains(name, StringComparer.Ordinal))
            {
                throw new TrainingInputException($"{file}: feature '{name}' in 'features.{kind}' has the name of a column the model makes; rename the CSV column.");
            }

            if (!seen.Add(name))
            {
                throw new TrainingInputException(name == label
                    ? $"{file}: the label '{name}' is also listed in 'features.{kind}'; a model may not learn from its own answer."
                    : $"{file}: feature '{name}' is listed twice in 'features'.");
            }
        }

        foreach (var name in features.Categorical)
        {
            if (seen.Contains(ModelPipeline.Encoded(name)))
            {
                throw new TrainingInputException($"{file}: feature '{ModelPipeline.Encoded(name)}' clashes with the encoding of '{name}'; rename the CSV column.");
            }
        }
    }

    /// <summary>A name becomes a folder, so it must be one plain path segment on every system.</summary>
    private static void CheckName(string file, string name)
    {
        var plain = name.Length > 0 && char.IsAsciiLetterOrDigit(name[0]) &&
            name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
        if (!plain)
        {
            throw new TrainingInputException(
                $"{file}: candidate name '{name}' must start with a letter or digit and hold only letters, digits, '-', '_' and '.' (it names a folder).");
        }
    }
}
