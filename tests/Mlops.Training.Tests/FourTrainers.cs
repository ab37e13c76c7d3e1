using Mlops.Testing;

namespace Mlops.Training.Tests;

/// <summary>All four trainers in one config, trained side by side on the real data, twice.</summary>
public sealed class FourTrainers : IAsyncLifetime, IDisposable
{
    private readonly TemporaryFolder _first = new();
    private readonly TemporaryFolder _second = new();
    private readonly TemporaryFolder _config = new();

    public IReadOnlyList<TrainedCandidate> First { get; private set; } = [];

    public IReadOnlyList<TrainedCandidate> Second { get; private set; } = [];

    public ProgressLog Progress { get; } = new();

    public async Task InitializeAsync()
    {
        var trainer = new ModelTrainer(TrainingConfig.Read(_config.Write("training.json", Configs.AllFourTrainers)));
        var context = new RunContext(null, []);
        First = await trainer.TrainAllAsync(SharedAdultData.Train, _first.Path, context, Progress);
        Second = await trainer.TrainAllAsync(SharedAdultData.Train, _second.Path, context);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
        _config.Dispose();
    }
}

public sealed class TrainingSideBySide(FourTrainers training) : IClassFixture<FourTrainers>
{
    [Fact]
    public void Every_candidate_trains_with_its_own_trainer()
    {
        var results = training.First;

        Assert.Equal(["lightgbm", "fasttree", "lbfgs", "sdca"], results.Select(r => r.Name));
        Assert.Equal(["LightGbm", "FastTree", "LbfgsLogisticRegression", "SdcaLogisticRegression"], results.Select(r => r.Trainer));
        Assert.All(results, r => Assert.True(File.Exists(r.ModelPath)));
    }

    [Theory]
    [InlineData("lightgbm")]
    [InlineData("fasttree")]
    [InlineData("lbfgs")]
    [InlineData("sdca")]
    public void Every_trainer_outputs_a_calibrated_probability_and_learns_something(string candidate)
    {
        var model = new SavedModel(training.First.Single(r => r.Name == candidate).ModelPath);

        var metrics = model.Evaluate(SharedAdultData.Test);

        Assert.Equal(SharedAdultData.Columns, model.InputSchema.Select(c => c.Name));
        Assert.True(metrics.AreaUnderRocCurve > 0.85, $"AUC {metrics.AreaUnderRocCurve:F4}");
        Assert.True(metrics.LogLoss < 0.6, $"log-loss {metrics.LogLoss:F4}: the probability is not calibrated");
    }

    [Fact]
    public void Every_trainer_gives_byte_identical_models_run_to_run()
    {
        var first = training.First.ToDictionary(r => r.Name, r => r.ModelSha256);
        var second = training.Second.ToDictionary(r => r.Name, r => r.ModelSha256);

        Assert.Equal(first, second);
    }

    [Fact]
    public void FastTree_reports_its_fitting_progress_tree_by_tree()
    {
        var fractions = training.Progress.For("fasttree")
            .Where(p => p.Stage == TrainingProgress.Fitting && p.Fraction > 0)
            .Select(p => p.Fraction!.Value)
            .ToList();

        Assert.Equal(25, fractions.Count);
        Assert.Equal(fractions.Order(), fractions);
        Assert.Equal(1.0, fractions[^1]);
    }

    [Fact]
    public void Trainers_that_do_not_tell_their_iterations_report_fitting_without_a_fraction()
    {
        var fitting = training.Progress.For("lightgbm").Where(p => p.Stage == TrainingProgress.Fitting).ToList();

        Assert.Equal([new TrainingProgress("lightgbm", TrainingProgress.Fitting, null)], fitting);
    }
}
