using Mlops.Testing;

namespace Mlops.Training.Tests;

/// <summary>Cancellation and failure while candidates train side by side; small CSVs written for the test.</summary>
public sealed class StoppingEarly : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Cancelling_stops_training_before_any_model_is_written()
    {
        using var cancellation = new CancellationTokenSource();
        var progress = new CancelOn(TrainingProgress.Fitting, cancellation);

        var error = await Assert.ThrowsAsync<OperationCanceledException>(() => Train(
            [Configs.Candidate("a", "LightGbm", "\"NumberOfIterations\": 5"), Configs.Candidate("b", "FastTree", "\"NumberOfTrees\": 5")],
            progress, cancellation.Token));

        Assert.Equal(cancellation.Token, error.CancellationToken);
        Assert.Empty(Directory.EnumerateFiles(_folder["out"], "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task When_one_candidate_fails_its_error_is_thrown_not_the_others_cancellation()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Train(
            [Configs.Candidate("fine", "SdcaLogisticRegression"), Configs.Candidate("broken", "LightGbm", "\"NumberOfLeaves\": 1")]));

        Assert.StartsWith($"{_folder["training.json"]}: candidate 'broken': training failed: ", error.Message, StringComparison.Ordinal);
    }

    private Task<IReadOnlyList<TrainedCandidate>> Train(
        string[] candidates, IProgress<TrainingProgress>? progress = null, CancellationToken cancellation = default)
    {
        var rows = Enumerable.Range(0, 300).Select(i => $"{20 + (i % 50)},{(i % 3 == 0 ? "Private" : "?")},{i % 60},{(i % 7 < 3 ? 1 : 0)}");
        var csv = _folder.Write("train.csv", "age,workclass,hours_per_week,label\n" + string.Join('\n', rows) + "\n");
        _folder.Write("training.json", $$"""
            { "label": "label", "seed": 1, "features": { "numeric": ["age", "hours_per_week"], "categorical": ["workclass"] },
              "candidates": [ {{string.Join(", ", candidates)}} ] }
            """);
        Directory.CreateDirectory(_folder["out"]);
        var trainer = new ModelTrainer(TrainingConfig.Read(_folder["training.json"]));
        return trainer.TrainAllAsync(csv, _folder["out"], new RunContext(null, []), progress, cancellation);
    }

    /// <summary>Cancels the moment a candidate reaches <paramref name="stage"/>.</summary>
    private sealed class CancelOn(string stage, CancellationTokenSource cancellation) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value)
        {
            if (value.Stage == stage)
            {
                cancellation.Cancel();
            }
        }
    }
}
