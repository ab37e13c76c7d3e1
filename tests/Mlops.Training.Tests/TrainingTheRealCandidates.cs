using System.Text.Json;
using Microsoft.ML.Data;
using Mlops.Testing;

namespace Mlops.Training.Tests;

[Collection(SharedRealTraining.Name)]
public sealed class TrainingTheRealCandidates(RealTraining training)
{
    [Fact]
    public void Each_candidate_writes_its_model_and_run_record_in_a_folder_of_its_own()
    {
        var files = training.Files();

        Assert.Equal(["lightgbm/model.zip", "lightgbm/run.json", "logistic-baseline/model.zip", "logistic-baseline/run.json"], files);
    }

    [Fact]
    public void Each_result_names_its_model_file_and_the_hash_of_its_bytes()
    {
        var results = training.Results;

        Assert.Equal(["lightgbm", "logistic-baseline"], results.Select(r => r.Name));
        Assert.Equal(["LightGbm", "LbfgsLogisticRegression"], results.Select(r => r.Trainer));
        Assert.All(results, r =>
        {
            Assert.Equal(Path.Combine(training.OutputDirectory, r.Name, "model.zip"), r.ModelPath);
            Assert.Equal(RealTraining.Sha256(r.ModelPath), r.ModelSha256);
            Assert.Equal(SharedAdultData.TrainRows, r.Rows);
            Assert.True(r.Duration > TimeSpan.Zero);
        });
    }

    [Fact]
    public void The_run_record_says_how_the_model_was_made()
    {
        var result = training["lightgbm"];
        var candidate = training.Config.Candidates.Single(c => c.Name == "lightgbm");

        using var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(training.OutputDirectory, "lightgbm", "run.json")));

        var root = run.RootElement;
        Assert.Equal("lightgbm", root.GetProperty("candidate").GetString());
        Assert.Equal("LightGbm", root.GetProperty("trainer").GetString());
        Assert.Equal(
            candidate.Hyperparameters.ToDictionary(h => h.Key, h => h.Value.GetRawText()),
            root.GetProperty("hyperparameters").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetRawText()));
        Assert.Equal(42, root.GetProperty("seed").GetInt32());
        Assert.Equal("label", root.GetProperty("label").GetString());
        Assert.Equal(training.Config.Features.Numeric, Strings(root.GetProperty("features").GetProperty("numeric")));
        Assert.Equal(training.Config.Features.Categorical, Strings(root.GetProperty("features").GetProperty("categorical")));
        Assert.Equal(training.Context.GitCommit, root.GetProperty("gitCommit").GetString());
        var data = Assert.Single(root.GetProperty("data").EnumerateArray());
        Assert.Equal("../shared/data/adult/train.csv", data.GetProperty("path").GetString());
        Assert.Equal(training.Context.Data[0].Sha256, data.GetProperty("sha256").GetString());
        Assert.Equal(SharedAdultData.TrainRows, root.GetProperty("rows").GetInt64());
        Assert.Equal("5.0.1", root.GetProperty("mlNetVersion").GetString());
        Assert.StartsWith(".NET 10.", root.GetProperty("runtime").GetString(), StringComparison.Ordinal);
        Assert.Equal(Math.Round(result.Duration.TotalSeconds, 3), root.GetProperty("durationSeconds").GetDouble());
        Assert.Equal(result.ModelSha256, root.GetProperty("modelSha256").GetString());
    }

    [Theory]
    [InlineData("lightgbm")]
    [InlineData("logistic-baseline")]
    public void A_model_loads_back_with_exactly_the_raw_csv_columns_as_its_input(string candidate)
    {
        var model = new SavedModel(training[candidate].ModelPath);

        Assert.Equal(SharedAdultData.Columns, model.InputSchema.Select(c => c.Name));
        Assert.All(model.InputSchema, column => Assert.Equal(
            column.Name == "label" ? BooleanDataViewType.Instance
            : SharedAdultData.Numeric.Contains(column.Name) ? NumberDataViewType.Single
            : (DataViewType)TextDataViewType.Instance,
            column.Type));
    }

    [Theory]
    [InlineData("lightgbm")]
    [InlineData("logistic-baseline")]
    public void A_model_predicts_a_label_score_and_calibrated_probability_for_every_test_row(string candidate)
    {
        var model = new SavedModel(training[candidate].ModelPath);

        var predictions = model.Predict(SharedAdultData.Test);

        var labels = predictions.GetColumn<bool>("PredictedLabel").ToList();
        var probabilities = predictions.GetColumn<float>("Probability").ToList();
        Assert.Equal(16_281, labels.Count);
        Assert.Contains(true, labels);
        Assert.Contains(false, labels);
        Assert.All(probabilities, p => Assert.InRange(p, 0f, 1f));
        Assert.Equal(16_281, predictions.GetColumn<float>("Score").Count(float.IsFinite));
    }

    [Fact]
    public void LightGbm_reaches_the_quality_goal_on_the_official_test_split()
    {
        var metrics = new SavedModel(training["lightgbm"].ModelPath).Evaluate(SharedAdultData.Test);

        Assert.True(metrics.Accuracy >= 0.871, $"accuracy {metrics.Accuracy:F4} < 0.871");
        Assert.True(metrics.AreaUnderRocCurve >= 0.927, $"AUC {metrics.AreaUnderRocCurve:F4} < 0.927");
    }

    [Fact]
    public void The_logistic_baseline_is_a_fair_baseline_that_LightGbm_beats()
    {
        var baseline = new SavedModel(training["logistic-baseline"].ModelPath).Evaluate(SharedAdultData.Test);
        var lightGbm = new SavedModel(training["lightgbm"].ModelPath).Evaluate(SharedAdultData.Test);

        Assert.True(baseline.Accuracy >= 0.84, $"accuracy {baseline.Accuracy:F4} < 0.84");
        Assert.True(baseline.AreaUnderRocCurve >= 0.89, $"AUC {baseline.AreaUnderRocCurve:F4} < 0.89");
        Assert.True(lightGbm.AreaUnderRocCurve > baseline.AreaUnderRocCurve);
    }

    [Fact]
    public void The_labels_0_and_1_load_as_false_and_true()
    {
        var model = new SavedModel(training["lightgbm"].ModelPath);

        var labels = model.Read(SharedAdultData.Train).GetColumn<bool>("label").ToList();

        Assert.Equal(SharedAdultData.TrainRows, labels.Count);
        Assert.Equal(SharedAdultData.TrainPositives, labels.Count(l => l));
    }

    [Theory]
    [InlineData("lightgbm")]
    [InlineData("logistic-baseline")]
    public void Progress_goes_from_loading_through_fitting_and_saving_to_done(string candidate)
    {
        var stages = training.Progress.Stages(candidate);

        Assert.Equal([TrainingProgress.Loading, TrainingProgress.Fitting, TrainingProgress.Saving, TrainingProgress.Done], stages);
        Assert.Equal(new TrainingProgress(candidate, TrainingProgress.Done, 1.0), training.Progress.For(candidate)[^1]);
    }

    [Theory]
    [InlineData("lightgbm")]
    [InlineData("logistic-baseline")]
    public void The_overall_fraction_only_grows_and_is_unknown_only_while_fitting_without_a_count(string candidate)
    {
        var overall = training.Progress.For(candidate).Select(p => (p.Stage, p.Overall)).ToList();

        Assert.All(overall.Where(p => p.Overall is null), p => Assert.Equal(TrainingProgress.Fitting, p.Stage));
        var known = overall.Where(p => p.Overall is not null).Select(p => p.Overall!.Value).ToList();
        Assert.Equal(known.Order(), known);
        Assert.Equal((0.0, 1.0), (known[0], known[^1]));
    }

    private static List<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];
}
