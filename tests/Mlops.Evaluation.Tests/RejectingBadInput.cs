using System.IO.Compression;
using Mlops.Testing;

namespace Mlops.Evaluation.Tests;

[Collection(WithTrainedCandidates.Name)]
public sealed class RejectingBadInput(TrainedCandidates trained) : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_test_file_missing_a_column_the_model_needs_names_the_file_and_column()
    {
        var csv = TestRows(without: "education");

        var error = Rejected([trained.LightGbm], csv);

        Assert.Equal($"{csv}: no column 'education', which candidate lightgbm needs as input ({trained.LightGbm.ModelPath}).", error.Message);
    }

    [Fact]
    public void A_slice_column_the_test_file_lacks_is_named()
    {
        var config = new EvaluationConfig("label", [], new SliceRules(["gender"], new Dictionary<string, double>(), 30), MetricName.Auc, null);

        var error = Rejected([trained.LightGbm], SharedAdultData.Test, config);

        Assert.Equal($"{SharedAdultData.Test}: no column 'gender', which slices.columns in the evaluation config names.", error.Message);
    }

    [Fact]
    public void A_label_that_is_not_0_or_1_names_the_file_line_and_column()
    {
        var csv = TestRows(edit: (line, number) => number == 3 ? line[..line.LastIndexOf(',')] + ",maybe" : line);

        var error = Rejected([trained.LightGbm], csv);

        Assert.StartsWith($"{csv}: Could not parse value maybe in line 3, column label", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_test_file_with_one_class_only_is_refused()
    {
        var csv = TestRows(keep: line => line.EndsWith(",0", StringComparison.Ordinal));

        var error = Rejected([trained.LightGbm], csv);

        Assert.Equal($"{csv}: column 'label' holds one class only; AUC and recall need both 0 and 1.", error.Message);
    }

    [Fact]
    public void A_model_file_that_is_not_an_ml_net_model_is_named()
    {
        var text = _folder.Write("text/model.zip", "not a model");
        var zip = _folder["zip/model.zip"];
        Directory.CreateDirectory(Path.GetDirectoryName(zip)!);
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            archive.CreateEntry("readme.txt");
        }

        foreach (var path in new[] { text, zip })
        {
            var error = Rejected([new CandidateModel("broken", path)], SharedAdultData.Test);

            Assert.StartsWith($"{path}: not an ML.NET model (candidate broken): ", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', error.Message);
        }
    }

    [Fact]
    public void An_ml_net_model_that_is_no_binary_classifier_is_named()
    {
        var candidate = CandidateTraining.FeaturesOnly(SharedAdultData.Train, _folder["features-only"]);

        var error = Rejected([candidate], SharedAdultData.Test);

        Assert.Equal($"{candidate.ModelPath}: the model's output has no Boolean column 'PredictedLabel' (candidate features-only); " +
            "evaluation needs a calibrated binary classifier.", error.Message);
    }

    [Fact]
    public void A_missing_model_file_is_named()
    {
        var path = _folder["nothing/model.zip"];

        var error = Rejected([new CandidateModel("ghost", path)], SharedAdultData.Test);

        Assert.Equal($"{path}: the model of candidate ghost does not exist.", error.Message);
    }

    [Fact]
    public void A_missing_test_file_is_named()
    {
        var path = _folder["test.csv"];

        var error = Rejected([trained.LightGbm], path);

        Assert.Equal($"{path}: the test file does not exist.", error.Message);
    }

    [Fact]
    public void A_directory_given_for_the_test_file_is_named_as_a_directory()
    {
        var path = _folder["data"];
        Directory.CreateDirectory(path);

        var error = Rejected([trained.LightGbm], path);

        Assert.Equal($"{path}: the test file is a directory, not a file.", error.Message);
    }

    [Fact]
    public void An_empty_candidate_list_is_refused()
    {
        var error = Rejected([], SharedAdultData.Test);

        Assert.Equal("No candidate models to evaluate: the candidate list is empty.", error.Message);
    }

    [Fact]
    public void Two_candidates_with_one_name_are_refused()
    {
        var error = Rejected([trained.LightGbm, trained.LightGbm], SharedAdultData.Test);

        Assert.Equal("Two candidates are named 'lightgbm'; names tell them apart in reports.", error.Message);
    }

    private static EvaluationInputException Rejected(IReadOnlyList<CandidateModel> candidates, string csv, EvaluationConfig? config = null) =>
        Assert.Throws<EvaluationInputException>(() => new ModelEvaluator(config ?? Configs.WithGates()).Evaluate(candidates, csv, null));

    /// <summary>The first 500 rows of the real test file, in a temp folder, optionally changed.</summary>
    private string TestRows(string? without = null, Func<string, int, string>? edit = null, Func<string, bool>? keep = null)
    {
        var lines = File.ReadLines(SharedAdultData.Test).Take(501).ToList();
        var header = lines[0].Split(',');
        var dropped = without is null ? -1 : Array.IndexOf(header, without);
        var rows = lines.Select((line, index) => (line, number: index + 1))
            .Where(row => row.number == 1 || keep is null || keep(row.line))
            .Select(row => edit is null ? row.line : edit(row.line, row.number))
            .Select(line => dropped < 0 ? line : string.Join(',', line.Split(',').Where((_, i) => i != dropped)));
        return _folder.Write("test.csv", string.Join('\n', rows) + "\n");
    }
}
