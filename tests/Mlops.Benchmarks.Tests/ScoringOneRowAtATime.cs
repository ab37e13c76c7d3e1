using Microsoft.ML;
using Mlops.Benchmarks.Internal;
using Mlops.Evaluation;
using Mlops.Testing;
using Mlops.Training;

namespace Mlops.Benchmarks.Tests;

/// <summary>The rows and the prediction engine the latency is measured with are the model's real inputs and outputs.</summary>
public sealed class ScoringOneRowAtATime : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly MLContext _ml = new(seed: 0);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Test_rows_are_read_with_every_column_and_the_label_as_bool()
    {
        var rows = AdultRow.Read(_ml, SharedAdultData.Test);

        Assert.Equal(16_281, rows.Count);
        // 25,Private,226802,11th,7,Never-married,Machine-op-inspct,Own-child,Black,Male,0,0,40,United-States,0
        var first = rows[0];
        Assert.Equal((25f, "Private", 226802f, "11th", 7f), (first.Age, first.Workclass, first.Fnlwgt, first.Education, first.EducationNum));
        Assert.Equal(("Never-married", "Machine-op-inspct", "Own-child", "Black", "Male"), (first.MaritalStatus, first.Occupation, first.Relationship, first.Race, first.Sex));
        Assert.Equal((0f, 0f, 40f, "United-States", false), (first.CapitalGain, first.CapitalLoss, first.HoursPerWeek, first.NativeCountry, first.Label));
        Assert.Equal(3_846, rows.Count(r => r.Label)); // 23.6 % positives, as the data's README says
    }

    [Fact]
    public void Columns_are_found_by_their_header_name_not_their_position()
    {
        var lines = File.ReadLines(SharedAdultData.Test).Take(4).Select(line => line.Split(',').Reverse()).Select(cells => string.Join(',', cells));
        File.WriteAllLines(_folder["reversed.csv"], lines);

        var reversed = AdultRow.Read(_ml, _folder["reversed.csv"]);
        var original = AdultRow.Read(_ml, SharedAdultData.Test).Take(3);

        Assert.Equal(original.Select(Describe), reversed.Select(Describe));
    }

    [Fact]
    public void A_file_without_a_column_the_row_needs_is_refused_naming_it()
    {
        File.WriteAllLines(_folder["no-age.csv"], ["workclass,label", "Private,0"]);

        var failure = Assert.Throws<InvalidDataException>(() => AdultRow.Read(_ml, _folder["no-age.csv"]));

        Assert.Equal($"{_folder["no-age.csv"]}: no column 'age' in the header, which an Adult row needs.", failure.Message);
    }

    [Fact]
    public async Task Single_row_predictions_of_a_real_model_are_exactly_the_ones_the_evaluation_scored()
    {
        var config = TrainingConfig.Read(Path.Combine(RepositoryRoot.Path, "configs", "training.json"));
        var lightGbm = config with { Candidates = [config.Candidates.Single(c => c.Trainer == "LightGbm")] };
        var trained = (await new ModelTrainer(lightGbm).TrainAllAsync(SharedAdultData.Train, _folder["models"], new RunContext(null, []))).Single();
        var evaluation = EvaluationConfig.Read(Path.Combine(RepositoryRoot.Path, "configs", "evaluation.json"));
        var metrics = new ModelEvaluator(evaluation).Evaluate([new CandidateModel(trained.Name, trained.ModelPath)], SharedAdultData.Test, champion: null)
            .Candidate(trained.Name).Metrics;
        var rows = AdultRow.Read(_ml, SharedAdultData.Test);

        using var engine = _ml.Model.CreatePredictionEngine<AdultRow, ModelPrediction>(_ml.Model.Load(trained.ModelPath, out _));
        var correct = rows.Count(row => engine.Predict(row).PredictedLabel == row.Label);

        Assert.Equal(metrics.Accuracy, (double)correct / rows.Count, precision: 12);
    }

    [Fact]
    public void Latency_counts_only_the_timed_predictions()
    {
        var rows = AdultRow.Read(_ml, SharedAdultData.Test).Take(10).ToList();
        var model = _ml.Transforms.Concatenate("Features", "age", "hours_per_week")
            .Append(_ml.BinaryClassification.Trainers.LbfgsLogisticRegression("label", "Features"))
            .Fit(_ml.Data.LoadFromEnumerable(rows));

        var latency = new ScoringSpeed(_ml, model).SingleRows(rows, predictions: 25, warmUp: 5);

        Assert.Equal(25, latency.Count);
        Assert.True(latency.Median <= latency.P99);
    }

    private static string Describe(AdultRow r) =>
        string.Join('|', r.Age, r.Workclass, r.Fnlwgt, r.Education, r.EducationNum, r.MaritalStatus, r.Occupation, r.Relationship,
            r.Race, r.Sex, r.CapitalGain, r.CapitalLoss, r.HoursPerWeek, r.NativeCountry, r.Label);
}
