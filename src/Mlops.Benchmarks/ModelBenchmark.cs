using System.Diagnostics;
using Mlops.Benchmarks.Internal;
using Mlops.Data;
using Mlops.Evaluation;
using Mlops.Serving;
using Mlops.Training;

namespace Mlops.Benchmarks;

/// <summary>
/// What the model costs and how good it is, with the real steps on the real data: each candidate of the training
/// config trained twice (time, and whether the model bytes repeat), its metrics on the test file, how
/// fast it predicts one row and a whole file, and how long validating the data takes. The page goes to
/// artifacts/benchmarks/model.md.
/// </summary>
public sealed class ModelBenchmark(ModelBenchmarkInputs inputs, IProgress<string>? progress = null)
{
    internal const double AccuracyGoal = 0.871;
    internal const double AucGoal = 0.927;
    internal const double TrainingGoalSeconds = 2.0;

    internal const int TrainingRuns = 2;
    internal const int ValidationRuns = 3;
    internal const int Predictions = 2_000;
    internal const int WarmUpPredictions = 200;
    internal const int BatchRounds = 5;

    // run.json records where a model came from; that is not what is measured here.
    private static readonly RunContext NoContext = new(GitCommit: null, Data: []);

    public async Task<BenchmarkReport> RunAsync()
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var training = TrainingConfig.Read(inputs.TrainingConfig);
        var evaluation = EvaluationConfig.Read(inputs.EvaluationConfig);
        var validation = ValidateData(ExpectationSuite.Read(inputs.Expectations));
        var output = Directory.CreateTempSubdirectory("mlops-model-benchmark-");
        try
        {
            var runs = await TrainTwiceAsync(training, output.FullName);
            var metrics = Evaluate(evaluation, runs);
            var measured = MeasureScoring(runs, metrics);
            progress?.Report("Writing the page");
            return ModelBenchmarkPage.Render(measured, validation, inputs);
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    private string TrainCsv => inputs.TrainCsv;

    private string TestCsv => inputs.TestCsv;

    private string Expectations => inputs.Shown(inputs.Expectations);

    private DataValidationTiming ValidateData(ExpectationSuite suite)
    {
        var samples = new List<TimeSpan>();
        var expectations = 0;
        for (var run = 1; run <= ValidationRuns; run++)
        {
            progress?.Report($"Validating {Path.GetFileName(TrainCsv)} and {Path.GetFileName(TestCsv)} against {Expectations}, run {run} of {ValidationRuns}");
            var start = Stopwatch.GetTimestamp();
            var report = new DatasetValidator(suite).Validate(TrainCsv, TestCsv);
            samples.Add(Stopwatch.GetElapsedTime(start));
            if (!report.Passed)
            {
                // Metrics and timings on data that breaks its own expectations would describe the wrong thing.
                throw new InvalidOperationException($"The data does not meet {Expectations}, so the model is not benchmarked:\n{report.FailureSummary}");
            }

            expectations = report.Results.Count;
        }

        return new DataValidationTiming(CommandTimings.MedianOf(samples), ValidationRuns, expectations);
    }

    /// <summary>Each candidate's runs, in config order.</summary>
    private async Task<IReadOnlyList<TrainedCandidate[]>> TrainTwiceAsync(TrainingConfig training, string output)
    {
        var runs = training.Candidates.ToDictionary(c => c.Name, _ => new List<TrainedCandidate>(), StringComparer.Ordinal);
        for (var run = 1; run <= TrainingRuns; run++)
        {
            // Reversed in the second run, so each candidate is timed once early in the process (when the first training
            // also loads and JIT-compiles ML.NET) and once late, and neither always follows the other.
            var order = run % 2 == 1 ? training.Candidates : training.Candidates.Reverse();
            foreach (var candidate in order)
            {
                progress?.Report($"Training {candidate.Name} ({candidate.Trainer}), run {run} of {TrainingRuns}");
                // Alone, so its time is its own and not shared with candidates training beside it; in a fresh folder,
                // so the second model is made from nothing the first one left.
                var trainer = new ModelTrainer(training with { Candidates = [candidate] });
                var trained = await trainer.TrainAllAsync(TrainCsv, Path.Combine(output, $"run-{run}"), NoContext);
                runs[candidate.Name].Add(trained.Single());
            }
        }

        return [.. training.Candidates.Select(c => runs[c.Name].ToArray())];
    }

    private IReadOnlyList<CandidateMetrics> Evaluate(EvaluationConfig evaluation, IReadOnlyList<TrainedCandidate[]> runs)
    {
        progress?.Report($"Evaluating {runs.Count} candidates on {Path.GetFileName(TestCsv)} with {inputs.Shown(inputs.EvaluationConfig)}");
        var result = new ModelEvaluator(evaluation).Evaluate([.. runs.Select(r => new CandidateModel(r[0].Name, r[0].ModelPath))], TestCsv, champion: null);
        return [.. runs.Select(r => result.Candidate(r[0].Name).Metrics)];
    }

    private List<CandidateMeasurement> MeasureScoring(IReadOnlyList<TrainedCandidate[]> runs, IReadOnlyList<CandidateMetrics> metrics)
    {
        var measured = new List<CandidateMeasurement>();
        foreach (var (candidate, index) in runs.Select((r, i) => (r, i)))
        {
            var name = candidate[0].Name;
            var scorer = ModelScorer.Load(candidate[0].ModelPath);
            progress?.Report($"Reading the rows of {Path.GetFileName(TestCsv)} to score with {name}");
            var rows = CsvRecords.Read(TestCsv, scorer.Columns);
            var speed = new ScoringSpeed(scorer);
            progress?.Report($"Timing {Predictions:N0} single-row predictions of {name}");
            var latency = speed.SingleRows(rows, Predictions, WarmUpPredictions);
            progress?.Report($"Timing batch scoring of {rows.Count:N0} rows by {name}");
            var rowsPerSecond = speed.RowsPerSecond(rows, BatchRounds);
            measured.Add(new CandidateMeasurement(candidate[0], candidate[^1], metrics[index], latency, rowsPerSecond));
        }

        return measured;
    }
}
