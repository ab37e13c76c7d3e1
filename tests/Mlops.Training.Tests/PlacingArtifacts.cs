using Mlops.Processes;
using Mlops.Testing;

namespace Mlops.Training.Tests;

/// <summary>Where a training's files go, what removing them takes, and what a run records of where it came from.</summary>
public sealed class PlacingArtifacts : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Each_candidate_has_a_folder_with_its_model_and_run_record()
    {
        var models = new ModelArtifacts(_folder["artifacts/model"]);

        Assert.Equal(_folder["artifacts/model/lightgbm/model.zip"], models.ModelOf("lightgbm"));
        Assert.Equal(_folder["artifacts/model/lightgbm/run.json"], models.RunRecordOf("lightgbm"));
        Assert.Equal([_folder["artifacts/model/*/model.zip"], _folder["artifacts/model/*/run.json"]], models.CandidateFiles);
    }

    [Fact]
    public void Removing_the_candidates_keeps_what_lies_beside_them_and_removing_all_takes_the_folder()
    {
        var models = new ModelArtifacts(_folder["model"]);
        _folder.Write("model/lightgbm/model.zip", "m");
        _folder.Write("model/retired/model.zip", "old");
        _folder.Write("model/metrics.json", "{}");

        models.RemoveCandidates();
        Assert.Equal(["metrics.json"], _folder.Files("model"));

        models.Remove();
        Assert.False(Directory.Exists(_folder["model"]));
        models.Remove(); // nothing there is fine
    }

    [Fact]
    public async Task Outside_a_git_checkout_a_run_has_no_commit_and_its_data_by_hash_relative_to_the_root()
    {
        var csv = _folder.Write("data/train.csv", "abc");

        var context = await RunContext.CaptureAsync(_folder.Path, [csv]);

        Assert.Null(context.GitCommit);
        Assert.Equal([new DataFileHash("data/train.csv", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")], context.Data);
    }

    [Fact]
    public async Task In_a_git_checkout_a_run_records_the_checked_out_commit()
    {
        var git = new ProcessRunner { Echo = false };
        _folder.Write("README.md", "a repository");
        (await git.RunAsync("git", ["init", "-q"], _folder.Path)).EnsureSuccess();
        (await git.RunAsync("git", ["add", "README.md"], _folder.Path)).EnsureSuccess();
        (await git.RunAsync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false",
            "commit", "-q", "-m", "first"], _folder.Path)).EnsureSuccess();
        var head = (await git.RunAsync("git", ["rev-parse", "HEAD"], _folder.Path)).EnsureSuccess().Output[0].Trim();

        var context = await RunContext.CaptureAsync(_folder.Path, []);

        Assert.Equal(head, context.GitCommit);
        Assert.Matches("^[0-9a-f]{40}$", head);
    }
}
