using Microsoft.ML;
using Mlops.Benchmarks.Internal;
using Mlops.Evaluation;
using Mlops.Serving;
using Mlops.Testing;
using Mlops.Training;

namespace Mlops.Benchmarks.Tests;

/// <summary>The latency and batch speed are measured with the serving app's scorer on the model's real inputs and outputs.</summary>
public sealed class ScoringOneRowAtATime : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Single_row_predictions_of_a_real_model_are_exactly_the_ones_the_evaluation_scored()
    {
        var config = TrainingConfig.Read(Path.Combine(RepositoryRoot.Path, "configs", "training.json"));
        var lightGbm = config with { Candidates = [config.Candidates.Single(c => c.Trainer == "LightGbm")] };
        var trained = (await new ModelTrainer(lightGbm).TrainAllAsync(SharedAdultData.Train, _folder["models"], new RunContext(null, []))).Single();
        var evaluation = EvaluationConfig.Read(Path.Combine(RepositoryRoot.Path, "configs", "evaluation.json"));
        var metrics = new ModelEvaluator(evaluation).Evaluate([new CandidateModel(trained.Name, trained.ModelPath)], SharedAdultData.Test, champion: null)
            .Candidate(trained.Name).Metrics;
        var scorer = ModelScorer.Load(trained.ModelPath);
        var rows = CsvRecords.Read(SharedAdultData.Test, scorer.Columns);
        var labels = Labels(SharedAdultData.Test);

        var correct = rows.Where((row, i) => scorer.Score(row).PredictedClass == labels[i]).Count();

        Assert.Equal(metrics.Accuracy, (double)correct / rows.Count, precision: 12);
    }

    [Fact]
    public void Latency_counts_only_the_timed_predictions_and_batch_speed_every_row()
    {
        var scorer = ModelScorer.Load(SmallModel());
        var rows = CsvRecords.Read(SharedAdultData.Test, scorer.Columns, maxRows: 10);
        var speed = new ScoringSpeed(scorer);

        var latency = speed.SingleRows(rows, predictions: 25, warmUp: 5);
        var rowsPerSecond = speed.RowsPerSecond(rows, rounds: 3);

        Assert.Equal(25, latency.Count);
        Assert.True(latency.Median <= latency.P99);
        Assert.True(rowsPerSecond > 0);
    }

    /// <summary>A logistic regression of two numeric columns on 200 test rows, saved as the trainer saves models.</summary>
    private string SmallModel()
    {
        var ml = new MLContext(seed: 0);
        var data = ml.Data.CreateTextLoader([new("age", Microsoft.ML.Data.DataKind.Single, 0), new("hours_per_week", Microsoft.ML.Data.DataKind.Single, 12),
            new("label", Microsoft.ML.Data.DataKind.Boolean, 14)], separatorChar: ',', hasHeader: true).Load(SharedAdultData.Test);
        var sample = ml.Data.TakeRows(data, 200);
        var model = ml.Transforms.Concatenate("Features", "age", "hours_per_week")
            .Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression("label", "Features"))
            .Fit(sample);
        ml.Model.Save(model, sample.Schema, _folder["small.zip"]);
        return _folder["small.zip"];
    }

    private static bool[] Labels(string csv)
    {
        var lines = File.ReadAllLines(csv);
        var label = Array.IndexOf(lines[0].Split(','), "label");
        return [.. lines.Skip(1).Select(line => line.Split(',')[label] == "1")];
    }
}
