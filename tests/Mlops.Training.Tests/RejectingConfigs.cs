using Mlops.Testing;

namespace Mlops.Training.Tests;

public sealed class RejectingConfigs : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void An_unknown_hyperparameter_names_the_file_candidate_and_key_with_the_nearest_valid_names()
    {
        var message = Rejected(Configs.WithCandidates(Configs.Candidate("gbm", "LightGbm", "\"NumLeaves\": 31")));

        Assert.Equal($"{Path}: candidate 'gbm': unknown hyperparameter 'NumLeaves'. Did you mean: NumberOfLeaves, NumberOfIterations?", message);
    }

    [Fact]
    public void The_nearest_names_include_the_boosters_own_settings()
    {
        var message = Rejected(Configs.WithCandidates(Configs.Candidate("gbm", "LightGbm", "\"FeatureFractoin\": 0.5")));

        Assert.StartsWith($"{Path}: candidate 'gbm': unknown hyperparameter 'FeatureFractoin'. Did you mean: FeatureFraction", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"NumberOfLeaves\": \"many\"", "hyperparameter 'NumberOfLeaves' is \"many\"; expected a whole number (Int32) or null.")]
    [InlineData("\"NumberOfIterations\": 10.5", "hyperparameter 'NumberOfIterations' is 10.5; expected a whole number (Int32).")]
    [InlineData("\"LearningRate\": true", "hyperparameter 'LearningRate' is true; expected a number (Double) or null.")]
    [InlineData("\"UnbalancedSets\": 1", "hyperparameter 'UnbalancedSets' is 1; expected true or false.")]
    [InlineData("\"EvaluationMetric\": \"Accuracy\"", "hyperparameter 'EvaluationMetric' is \"Accuracy\"; expected one of \"None\", \"Default\", \"Logloss\", \"Error\", \"AreaUnderCurve\".")]
    public void A_value_of_the_wrong_type_names_the_value_and_the_expected_type(string hyperparameter, string expected)
    {
        var message = Rejected(Configs.WithCandidates(Configs.Candidate("gbm", "LightGbm", hyperparameter)));

        Assert.Equal($"{Path}: candidate 'gbm': {expected}", message);
    }

    [Theory]
    [InlineData("NumberOfThreads", "1", "it is always 1, so the model comes out byte-identical from run to run")]
    [InlineData("Seed", "7", "it is the config's 'seed'")]
    [InlineData("ForceColumnWise", "false", "it is always the opposite of ForceRowWise (set that instead), so LightGBM never picks by timing")]
    [InlineData("labelColumnName", "\"y\"", "it comes from the config's 'label' and 'features'")]
    public void Settings_the_trainer_fixes_cannot_be_set_and_the_error_says_why(string name, string value, string reason)
    {
        var message = Rejected(Configs.WithCandidates(Configs.Candidate("gbm", "LightGbm", $"\"{name}\": {value}")));

        Assert.Equal($"{Path}: candidate 'gbm': hyperparameter '{name}' cannot be set: {reason}.", message);
    }

    [Theory]
    [InlineData("LightGbm", "\"FeatureFraction\": 2", "hyperparameter 'FeatureFraction' is out of range: must be in (0,1].")]
    [InlineData("LbfgsLogisticRegression", "\"L2Regularization\": -1", "hyperparameter 'L2Regularization' is out of range: Must be non-negative")]
    public void A_value_out_of_the_trainers_range_is_an_error_too(string trainer, string hyperparameter, string expected)
    {
        var message = Rejected(Configs.WithCandidates(Configs.Candidate("model", trainer, hyperparameter)));

        Assert.Equal($"{Path}: candidate 'model': {expected}", message);
    }

    [Fact]
    public void An_unknown_trainer_lists_the_known_ones()
    {
        var message = Rejected(Configs.WithCandidates(Configs.Candidate("boost", "XGBoost")));

        Assert.Equal(
            $"{Path}: candidate 'boost': unknown trainer 'XGBoost'. Known: LightGbm, FastTree, LbfgsLogisticRegression, SdcaLogisticRegression.",
            message);
    }

    [Fact]
    public void Two_candidates_with_one_name_are_an_error_even_in_another_case()
    {
        var message = Rejected(Configs.WithCandidates(Configs.Candidate("model", "LightGbm"), Configs.Candidate("Model", "FastTree")));

        Assert.Equal($"{Path}: candidate name 'Model' is used twice (names are folder names, so case does not count).", message);
    }

    [Fact]
    public void No_candidates_is_an_error()
    {
        var message = Rejected(Configs.WithCandidates());

        Assert.Equal($"{Path}: 'candidates' is empty; name at least one model to train.", message);
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("two words")]
    [InlineData(".hidden")]
    public void A_candidate_name_that_is_not_a_plain_folder_name_is_an_error(string name)
    {
        var message = Rejected(Configs.WithCandidates(Configs.Candidate(name, "LightGbm")));

        Assert.StartsWith($"{Path}: candidate name '{name}' must start with a letter or digit", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "numeric": ["age", "age"], "categorical": [] }""", "feature 'age' is listed twice in 'features'.")]
    [InlineData("""{ "numeric": ["age"], "categorical": ["label"] }""", "the label 'label' is also listed in 'features.categorical'; a model may not learn from its own answer.")]
    [InlineData("""{ "numeric": [], "categorical": [] }""", "'features' names no columns; list them under 'numeric' and 'categorical'.")]
    [InlineData("""{ "numeric": ["Score"], "categorical": [] }""", "feature 'Score' in 'features.numeric' has the name of a column the model makes; rename the CSV column.")]
    [InlineData("""{ "numeric": ["age"], "categorical": ["sex"], "text": [] }""", "line 1: unknown field $.features.text. Known: numeric, categorical.")]
    [InlineData("""{ "numeric": [3], "categorical": [] }""", "line 1: $.features.numeric[0] must be a non-empty string, not 3.")]
    public void Features_that_cannot_be_columns_of_one_model_are_errors(string features, string expected)
    {
        var message = Rejected($$"""
            { "label": "label", "seed": 1, "features": {{features}}, "candidates": [ {{Configs.Candidate("gbm", "LightGbm")}} ] }
            """);

        Assert.Equal($"{Path}: {expected}", message);
    }

    [Fact]
    public void A_label_with_the_name_of_a_column_the_model_makes_is_an_error()
    {
        var message = Rejected($$"""
            { "label": "Features", "seed": 1, "features": { "numeric": ["age"], "categorical": [] }, "candidates": [ {{Configs.Candidate("gbm", "LightGbm")}} ] }
            """);

        Assert.Equal($"{Path}: the label 'Features' has the name of a column the model makes; rename the CSV column.", message);
    }

    [Theory]
    [InlineData("""{ "lable": "label" }""", "line 1: unknown field $.lable. Did you mean: label?")]
    [InlineData("""{ "label": "label" }""", "line 1: missing required fields $.seed, $.features, $.candidates.")]
    [InlineData("""{ "label": "label", "seed": "42" }""", "line 1: $.seed must be a whole number, not \"42\".")]
    [InlineData("""{ "label": "label", "seed": 1, "features": { "numeric": ["age"], "categorical": [] }, "candidates": [ { "name": "x" } ] }""", "line 1: missing required field $.candidates[0].trainer.")]
    [InlineData("""[1, 2]""", "line 1: $ must be an object, not an array.")]
    [InlineData("""{ "label": "label", "seed": 1, "seed": 2 }""", "line 1: duplicate field $.seed.")]
    [InlineData("""{ "label": "label", "seed": 1, "features": { "numeric": ["age"], "categorical": [] }, "candidates": [ { "name": "x", "trainer": "LightGbm", "hyperparameters": { "Seed": 1, "Seed": 2 } } ] }""", "line 1: duplicate field $.candidates[0].hyperparameters.Seed.")]
    [InlineData("""{ "label": """, "line 1: not valid JSON: ")]
    public void Malformed_json_names_the_file_and_the_field(string json, string expected)
    {
        var message = Rejected(json);

        Assert.StartsWith($"{Path}: {expected}", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var missing = _folder["nowhere/training.json"];

        var error = Assert.Throws<TrainingInputException>(() => TrainingConfig.Read(missing));

        Assert.Equal($"{missing}: file not found.", error.Message);
    }

    private string Path => _folder["training.json"];

    /// <summary>The one-line message reading this config fails with.</summary>
    private string Rejected(string json)
    {
        _folder.Write("training.json", json);
        var error = Assert.Throws<TrainingInputException>(() => TrainingConfig.Read(Path));
        Assert.DoesNotContain('\n', error.Message);
        return error.Message;
    }
}
