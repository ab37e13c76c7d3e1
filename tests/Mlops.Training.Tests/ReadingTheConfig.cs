using Mlops.Testing;

namespace Mlops.Training.Tests;

public sealed class ReadingTheConfig : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_real_config_trains_a_tuned_LightGbm_and_a_logistic_baseline_on_the_adult_columns()
    {
        var config = TrainingConfig.Read(Configs.Real);

        Assert.Equal("label", config.Label);
        Assert.Equal(42, config.Seed);
        Assert.Equal(SharedAdultData.Numeric, config.Features.Numeric);
        Assert.Equal(SharedAdultData.Columns.Except(SharedAdultData.Numeric).Except(["label"]), config.Features.Categorical);
        Assert.Equal(["lightgbm", "logistic-baseline"], config.Candidates.Select(c => c.Name));
        Assert.Equal(["LightGbm", "LbfgsLogisticRegression"], config.Candidates.Select(c => c.Trainer));
        Assert.Equal(Configs.Real, config.Source);
    }

    [Fact]
    public void Hyperparameters_are_kept_exactly_as_written()
    {
        var path = _folder.Write("training.json", Configs.WithCandidates(
            Configs.Candidate("gbm", "LightGbm", "\"numberOfLeaves\": 16, \"LearningRate\": 0.150, \"Verbose\": false")));

        var hyperparameters = TrainingConfig.Read(path).Candidates.Single().Hyperparameters;

        Assert.Equal(["numberOfLeaves", "LearningRate", "Verbose"], hyperparameters.Keys);
        Assert.Equal("16", hyperparameters["numberOfLeaves"].GetRawText());
        Assert.Equal("0.150", hyperparameters["LearningRate"].GetRawText());
        Assert.False(hyperparameters["Verbose"].GetBoolean());
    }

    [Fact]
    public void Comments_trailing_commas_and_any_case_of_trainer_and_hyperparameter_names_are_accepted()
    {
        var path = _folder.Write("training.json", """
            // why these settings
            {
              "label": "label",
              "seed": 7,
              "features": { "numeric": ["age"], "categorical": ["sex",], },
              "candidates": [
                { "name": "trees", "trainer": "fasttree", "hyperparameters": { "numberoftrees": 10, "OptimizationAlgorithm": "conjugategradientdescent" } },
                { "name": "linear", "trainer": "SDCALOGISTICREGRESSION" }, /* no hyperparameters: the defaults */
              ],
            }
            """);

        var config = TrainingConfig.Read(path);

        Assert.Equal(7, config.Seed);
        Assert.Equal(["fasttree", "SDCALOGISTICREGRESSION"], config.Candidates.Select(c => c.Trainer));
        Assert.Empty(config.Candidates[1].Hyperparameters);
    }

    [Fact]
    public void A_config_built_in_code_is_checked_like_one_read_from_a_file()
    {
        var config = new TrainingConfig("label", 1, new FeatureSet(["age"], []),
            [new CandidateConfig("gbm", "LightGbm", new Dictionary<string, System.Text.Json.JsonElement>())]);

        var error = Assert.Throws<TrainingInputException>(() => new ModelTrainer(config with { Candidates = [] }));

        Assert.NotNull(new ModelTrainer(config));
        Assert.Equal("the training config: 'candidates' is empty; name at least one model to train.", error.Message);
    }
}
