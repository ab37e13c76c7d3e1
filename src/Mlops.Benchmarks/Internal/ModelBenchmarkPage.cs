using System.Globalization;

namespace Mlops.Benchmarks.Internal;

/// <summary>The model benchmark's page: a row per candidate, then the goals.</summary>
internal static class ModelBenchmarkPage
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static BenchmarkReport Render(IReadOnlyList<CandidateMeasurement> candidates, DataValidationTiming validation, ModelBenchmarkInputs inputs)
    {
        var report = new BenchmarkReport("Model", Description(candidates, validation, inputs))
            .Columns("candidate", "trainer", "training (run 1, run 2)", "same sha256", "accuracy", "AUC", "F1",
                "latency median", "latency p99", "batch scoring");
        foreach (var candidate in candidates)
        {
            report.Row($"`{candidate.Name}`", candidate.First.Trainer,
                $"{Seconds(candidate.First.Duration)}, {Seconds(candidate.Second.Duration)}", SameSha256(candidate),
                Metric(candidate.Metrics.Accuracy), Metric(candidate.Metrics.Auc), Metric(candidate.Metrics.F1),
                Microseconds(candidate.Latency.Median), Microseconds(candidate.Latency.P99),
                candidate.RowsPerSecond.ToString("N0", Invariant) + " rows/s");
        }

        AddGoals(report, candidates);
        return report;
    }

    private static void AddGoals(BenchmarkReport report, IReadOnlyList<CandidateMeasurement> candidates)
    {
        var accuracy = $"LightGbm accuracy ≥ {ModelBenchmark.AccuracyGoal.ToString(Invariant)}";
        var auc = $"LightGbm AUC ≥ {ModelBenchmark.AucGoal.ToString(Invariant)}";
        var training = $"LightGbm training ≤ {ModelBenchmark.TrainingGoalSeconds.ToString(Invariant)} s";
        if (candidates.FirstOrDefault(c => c.IsLightGbm) is { } lightGbm)
        {
            report.Goal(accuracy, lightGbm.Metrics.Accuracy >= ModelBenchmark.AccuracyGoal, Metric(lightGbm.Metrics.Accuracy))
                .Goal(auc, lightGbm.Metrics.Auc >= ModelBenchmark.AucGoal, Metric(lightGbm.Metrics.Auc))
                .Goal(training, lightGbm.SlowerTraining.TotalSeconds <= ModelBenchmark.TrainingGoalSeconds,
                    $"{Seconds(lightGbm.SlowerTraining)} (slower of 2)");
        }
        else
        {
            // Kept as missed rows rather than left out, so a config without LightGbm cannot pass the goals by omission.
            foreach (var goal in new[] { accuracy, auc, training })
            {
                report.Goal(goal, met: false, "no candidate with trainer LightGbm");
            }
        }

        var same = candidates.Count(c => c.SameModel);
        report.Goal("same sha256 twice (every candidate)", same == candidates.Count, $"{same} of {candidates.Count} candidates");
    }

    private static string Description(IReadOnlyList<CandidateMeasurement> candidates, DataValidationTiming validation, ModelBenchmarkInputs inputs)
    {
        var (train, test) = (Path.GetFileName(inputs.TrainCsv), Path.GetFileName(inputs.TestCsv));
        var trainRows = candidates.Count > 0 ? candidates[0].First.Rows.ToString("N0", Invariant) : "?";
        var testRows = candidates.Count > 0 ? candidates[0].Metrics.Rows.ToString("N0", Invariant) : "?";
        return
            $"Each candidate in {inputs.Shown(inputs.TrainingConfig)} is trained twice on {train} ({trainRows} rows) by Mlops.Training, " +
            "alone (not beside the other candidates) and into a fresh folder each time, the order reversed in the second run; " +
            "training fixes every trainer to one thread and the config's seed. Both times (fit and save) are shown; the goal uses " +
            "the slower, since the process's first training also loads and JIT-compiles ML.NET as every ./build.sh Train does; " +
            $"and the two model.zip files' sha256 are compared. Accuracy, AUC and F1 are Mlops.Evaluation's on {test} " +
            $"({testRows} rows) with {inputs.Shown(inputs.EvaluationConfig)}. Latency: {ModelBenchmark.Predictions.ToString("N0", Invariant)} " +
            $"predictions of one {test} row each through the serving app's scorer (Mlops.Serving's ModelScorer: boosted trees scored " +
            $"directly, other models through ML.NET prediction engines), after {ModelBenchmark.WarmUpPredictions.ToString(Invariant)} " +
            $"untimed ones. Batch scoring: every {test} row, already in memory, through the same scorer at once, the median of " +
            $"{ModelBenchmark.BatchRounds.ToString(Invariant)} rounds after one untimed. Scoring runs on one thread; " +
            $"the machine has {Environment.ProcessorCount.ToString(Invariant)} logical processors. Validating {train} and {test} against " +
            $"{inputs.Shown(inputs.Expectations)} (Mlops.Data's DatasetValidator) took {Seconds(validation.Median)} " +
            $"(median of {validation.Runs.ToString(Invariant)} runs; all {validation.Expectations.ToString(Invariant)} expectations met).";
    }

    private static string SameSha256(CandidateMeasurement candidate) =>
        candidate.SameModel
            ? $"yes (`{candidate.First.ModelSha256[..12]}`)"
            : $"**no** (`{candidate.First.ModelSha256[..12]}` vs `{candidate.Second.ModelSha256[..12]}`)";

    private static string Metric(double value) => value.ToString("0.0000", Invariant);

    private static string Seconds(TimeSpan duration) => duration.TotalSeconds.ToString("0.00", Invariant) + " s";

    private static string Microseconds(TimeSpan duration) => duration.TotalMicroseconds.ToString("0.0", Invariant) + " µs";
}
