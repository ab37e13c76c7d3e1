using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace Mlops.Training.Internal;

/// <summary>A trainer a candidate can name, and how its hyperparameters and fixed settings become an ML.NET estimator.</summary>
internal abstract class TrainerDefinition
{
    /// <summary>The name in the config, e.g. "LightGbm".</summary>
    public abstract string Name { get; }

    /// <summary>Linear trainers want every feature on the same scale; trees do not care.</summary>
    public abstract bool ScalesFeatures { get; }

    /// <summary>The trainer for a candidate; bad hyperparameters are a <see cref="TrainingInputException"/> starting with <paramref name="where"/>.</summary>
    public abstract ConfiguredTrainer Configure(
        MLContext ml, IReadOnlyDictionary<string, JsonElement> hyperparameters, TrainerColumns columns, int seed, string where);
}

/// <summary>The label and feature-vector columns a trainer reads.</summary>
internal sealed record TrainerColumns(string Label, string Features);

/// <summary>
/// A trainer ready to fit, and, when its log tells iterations, the message that marks one (<paramref name="IterationMarker"/>)
/// and how many there will be.
/// </summary>
internal sealed record ConfiguredTrainer(IEstimator<ITransformer> Estimator, string? IterationMarker = null, int Iterations = 0);

/// <summary>The shared steps: fresh Options, the config's hyperparameters, then the settings the trainer fixes.</summary>
internal abstract class TrainerDefinition<TOptions> : TrainerDefinition
    where TOptions : TrainerInputBaseWithLabel, new()
{
    protected const string SingleThread = "it is always 1, so the model comes out byte-identical from run to run";
    protected const string FromSeed = "it is the config's 'seed'";
    protected const string FromColumns = "it comes from the config's 'label' and 'features'";
    protected const string NoGroups = "binary classification has no row groups";

    private static readonly Dictionary<string, string> Common = new()
    {
        ["LabelColumnName"] = FromColumns,
        ["FeatureColumnName"] = FromColumns,
        ["ExampleWeightColumnName"] = "rows are not weighted",
        ["NumberOfThreads"] = SingleThread,
    };

    private Dictionary<string, string>? _fixed;

    /// <summary>Names the config may not set, with the reason shown when it tries.</summary>
    private Dictionary<string, string> Fixed => _fixed ??= Common.Concat(AlsoFixed).ToDictionary();

    /// <summary>This trainer's own fixed names, beside the columns and thread count every trainer fixes.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> AlsoFixed => [];

    public sealed override ConfiguredTrainer Configure(
        MLContext ml, IReadOnlyDictionary<string, JsonElement> hyperparameters, TrainerColumns columns, int seed, string where)
    {
        var options = new TOptions();
        Hyperparameters.Apply(Targets(options), hyperparameters, Fixed, where);
        options.LabelColumnName = columns.Label;
        options.FeatureColumnName = columns.Features;
        Fix(options, seed);
        try
        {
            return Create(ml, options);
        }
        catch (ArgumentException e)
        {
            // ML.NET checks some ranges (e.g. FeatureFraction in (0, 1]) when the trainer is made.
            var reason = e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal);
            var subject = e.ParamName is null ? "" : $"hyperparameter '{e.ParamName}' is out of range: ";
            throw new TrainingInputException($"{where}: {subject}{Hyperparameters.OneLine(reason)}", e);
        }
    }

    /// <summary>The objects whose members the hyperparameters name: the Options, plus any nested options.</summary>
    protected virtual IEnumerable<object> Targets(TOptions options) => [options];

    /// <summary>Settings for determinism, applied over the hyperparameters.</summary>
    protected abstract void Fix(TOptions options, int seed);

    protected abstract ConfiguredTrainer Create(MLContext ml, TOptions options);
}
