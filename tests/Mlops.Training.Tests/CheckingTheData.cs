using Mlops.Testing;

namespace Mlops.Training.Tests;

/// <summary>The training CSV is checked before any candidate trains; these use small CSVs written for the test.</summary>
public sealed class CheckingTheData : IDisposable
{
    private const string Header = "age,workclass,hours_per_week,label";

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_label_column_missing_from_the_csv_names_the_file_and_the_column()
    {
        var csv = _folder.Write("train.csv", "age,workclass,hours_per_week,income\n39,Private,40,0\n");

        var error = await Assert.ThrowsAsync<TrainingInputException>(() => Train(csv));

        Assert.Equal($"{csv}: label column 'label' ('label' in {Config}) is not in the header. Known: age, workclass, hours_per_week, income.", error.Message);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder["out"]));
    }

    [Fact]
    public async Task A_feature_missing_from_the_csv_names_the_file_the_column_and_the_nearest_columns()
    {
        var csv = _folder.Write("train.csv", "age,work_class,hours_per_week,label\n39,Private,40,0\n");

        var error = await Assert.ThrowsAsync<TrainingInputException>(() => Train(csv));

        Assert.StartsWith(
            $"{csv}: column 'workclass' ('features.categorical' in {Config}) is not in the header. Did you mean: work_class",
            error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yes", 2)]
    [InlineData("0.5", 2)]
    [InlineData("", 2)]
    public async Task A_label_that_is_not_0_or_1_names_the_file_the_value_and_the_row(string label, int row)
    {
        var csv = _folder.Write("train.csv", $"{Header}\n39,Private,40,1\n50,?,13,{label}\n");

        var error = await Assert.ThrowsAsync<TrainingInputException>(() => Train(csv));

        Assert.Equal($"{csv}: label 'label' is \"{label}\" in data row {row}; expected 0 or 1.", error.Message);
    }

    [Theory]
    [InlineData("", "the first line is empty; expected a header naming the columns.")]
    [InlineData(Header + "\n", "no data rows below the header.")]
    public async Task An_empty_csv_is_an_error(string text, string expected)
    {
        var csv = _folder.Write("train.csv", text);

        var error = await Assert.ThrowsAsync<TrainingInputException>(() => Train(csv));

        Assert.Equal($"{csv}: {expected}", error.Message);
    }

    [Fact]
    public async Task A_missing_csv_is_named()
    {
        var csv = _folder["nowhere.csv"];

        var error = await Assert.ThrowsAsync<TrainingInputException>(() => Train(csv));

        Assert.Equal($"{csv}: no such file.", error.Message);
    }

    [Fact]
    public async Task A_directory_given_for_the_csv_is_named_as_a_directory()
    {
        var csv = _folder["data"];
        Directory.CreateDirectory(csv);

        var error = await Assert.ThrowsAsync<TrainingInputException>(() => Train(csv));

        Assert.Equal($"{csv}: a directory, not a file.", error.Message);
    }

    [Fact]
    public async Task A_trainer_that_rejects_its_settings_while_fitting_names_the_candidate()
    {
        var csv = _folder.Write("train.csv", $"{Header}\n" + string.Concat(Enumerable.Range(0, 200).Select(i => $"{20 + (i % 50)},Private,{i % 60},{i % 2}\n")));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Train(csv, "\"NumberOfLeaves\": 1"));

        Assert.StartsWith($"{Config}: candidate 'gbm': training failed: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    private string Config => _folder["training.json"];

    private Task<IReadOnlyList<TrainedCandidate>> Train(string csv, string hyperparameters = "\"NumberOfIterations\": 5")
    {
        _folder.Write("training.json", $$"""
            { "label": "label", "seed": 1, "features": { "numeric": ["age", "hours_per_week"], "categorical": ["workclass"] },
              "candidates": [ {{Configs.Candidate("gbm", "LightGbm", hyperparameters)}} ] }
            """);
        Directory.CreateDirectory(_folder["out"]);
        return new ModelTrainer(TrainingConfig.Read(Config)).TrainAllAsync(csv, _folder["out"], new RunContext(null, []));
    }
}
