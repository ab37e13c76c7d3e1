using Mlops.Testing;

namespace Mlops.Serving.Tests;

/// <summary>The model a server serves, read from the artifacts folder the build leaves; each fault is one line naming the file.</summary>
[Collection(WithTrainedModel.Name)]
public sealed class FindingTheServedModel(TrainedModel trained) : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_chosen_candidate_is_served_with_its_hash_data_commit_metrics_and_profile()
    {
        var model = ServedModel.FromArtifacts(trained.Artifacts);

        Assert.Equal(trained.Chosen, model.Name);
        Assert.Equal(Path.Combine(trained.Artifacts, "model", trained.Chosen, "model.zip"), model.ModelZip);
        Assert.Equal(model.Sha256[..12], model.Version);
        Assert.Equal(TrainedModel.Commit, model.GitCommit);
        Assert.Equal("data/adult/train.csv", Assert.Single(model.TrainingData).Path);
        Assert.Contains("auc", model.Metrics.Keys);
        Assert.Equal(Path.Combine(trained.Artifacts, "data", "profile.json"), model.Profile);
    }

    [Fact]
    public void No_evaluation_yet_is_an_error_saying_what_to_run()
    {
        var error = Assert.Throws<ServingInputException>(() => ServedModel.FromArtifacts(_folder.Path));

        Assert.Equal($"{_folder["model/metrics.json"]}: no evaluated model there; run ./build.sh Evaluate first.", error.Message);
    }

    [Fact]
    public void An_evaluation_that_chose_nothing_serves_nothing()
    {
        _folder.Write("model/metrics.json", """{ "chosen": null, "passed": false, "failureReason": "No candidate passed the gates: lightgbm: auc 0.8 < 0.9", "metrics": {} }""");

        var error = Assert.Throws<ServingInputException>(() => ServedModel.FromArtifacts(_folder.Path));

        Assert.Equal($"{_folder["model/metrics.json"]}: the last evaluation chose no model (No candidate passed the gates: lightgbm: auc 0.8 < 0.9); nothing to serve.", error.Message);
    }

    [Fact]
    public void A_model_changed_after_training_is_refused_naming_both_hashes()
    {
        var artifacts = Copy();
        var zip = Path.Combine(artifacts, "model", trained.Chosen, "model.zip");
        File.AppendAllText(zip, "tampered");

        var error = Assert.Throws<ServingInputException>(() => ServedModel.FromArtifacts(artifacts));

        Assert.StartsWith($"{zip}: sha256 {Mlops.Files.Sha256Hex.OfFile(zip)} is not the ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("; the model was changed after training.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chosen_model_whose_files_are_gone_names_the_missing_file()
    {
        var artifacts = Copy();
        File.Delete(Path.Combine(artifacts, "model", trained.Chosen, "run.json"));

        var error = Assert.Throws<ServingInputException>(() => ServedModel.FromArtifacts(artifacts));

        Assert.Equal($"{Path.Combine(artifacts, "model", trained.Chosen, "run.json")}: missing, though {Path.Combine(artifacts, "model", "metrics.json")} chose '{trained.Chosen}'; run ./build.sh Evaluate again.", error.Message);
    }

    [Fact]
    public void A_metrics_file_that_is_not_json_is_one_line_naming_it()
    {
        _folder.Write("model/metrics.json", "{ not json");

        var error = Assert.Throws<ServingInputException>(() => ServedModel.FromArtifacts(_folder.Path));

        Assert.StartsWith(_folder["model/metrics.json"] + ": line 1", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    private string Copy() => _folder.CopyIn(trained.Artifacts, "artifacts");
}
