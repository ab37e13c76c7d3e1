using Mlops.Evaluation.Internal;

namespace Mlops.Evaluation;

/// <summary>
/// What a model must achieve to ship (configs/evaluation.json): absolute gates on metrics, the largest tolerated gap
/// between slices of the test data, how to pick among the candidates that pass, and how to compare the pick with the
/// production model.
/// </summary>
/// <param name="Label">The label column of the test CSV (0/1).</param>
/// <param name="Gates">Absolute bounds on overall metrics.</param>
/// <param name="Slices">Slice columns and their tolerated gaps; null when slices are not measured.</param>
/// <param name="SelectMetric">The metric that picks the best candidate among those passing every gate.</param>
/// <param name="Champion">The champion/challenger comparison; null when there is none.</param>
public sealed record EvaluationConfig(
    string Label,
    IReadOnlyList<MetricGate> Gates,
    SliceRules? Slices,
    string SelectMetric,
    ChampionRule? Champion)
{
    /// <summary>Where the config came from, for error messages.</summary>
    public string Source { get; init; } = "the evaluation config";

    /// <summary>Reads and checks the config; any problem is an <see cref="EvaluationInputException"/> naming the file and field.</summary>
    public static EvaluationConfig Read(string path) => EvaluationConfigReader.Read(path);
}

/// <summary>An absolute bound on one overall metric: at least <paramref name="Min"/>, at most <paramref name="Max"/>.</summary>
public sealed record MetricGate(string Metric, double? Min, double? Max);

/// <summary>
/// Slices of the test data by the values of <paramref name="Columns"/>. For each metric in <paramref name="MaxGap"/>, the
/// difference between the best and worst slice of one column may not exceed the bound. Slices with fewer than
/// <paramref name="MinRows"/> rows are reported but left out of the gaps: their metrics are mostly noise.
/// </summary>
public sealed record SliceRules(IReadOnlyList<string> Columns, IReadOnlyDictionary<string, double> MaxGap, int MinRows);

/// <summary>
/// The chosen candidate must not be worse on <paramref name="Metric"/> than the production model, as recorded in
/// <paramref name="MetricsPath"/> (relative to the repository root), by more than <paramref name="Tolerance"/>.
/// </summary>
public sealed record ChampionRule(string MetricsPath, string Metric, double Tolerance);
