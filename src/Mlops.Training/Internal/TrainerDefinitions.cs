namespace Mlops.Training.Internal;

/// <summary>The trainers a candidate can name.</summary>
internal static class TrainerDefinitions
{
    public static IReadOnlyList<TrainerDefinition> All { get; } =
    [
        new LightGbmDefinition(),
        new FastTreeDefinition(),
        new LbfgsLogisticRegressionDefinition(),
        new SdcaLogisticRegressionDefinition(),
    ];

    /// <summary>The trainer by name, ignoring case; null when there is none.</summary>
    public static TrainerDefinition? Find(string name) =>
        All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
}
