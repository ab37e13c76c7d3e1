using Mlops.Data;
using Mlops.Evaluation;
using Mlops.Files;
using Mlops.Targets;
using Mlops.Targets.GitHubActions;
using Mlops.Training;
using Serilog;

namespace Mlops.Build;

/// <summary>
/// The model pipeline on real data: PullData → ValidateData → Train → Evaluate. Each target reads parameters, calls
/// a step library (Mlops.Data, Mlops.Training, Mlops.Evaluation) and declares what it reads and makes, so unchanged
/// inputs are Cached and CI jobs hand artifacts on.
/// </summary>
internal sealed partial class Build
{
    [Parameter("Where dataset files are fetched from: a folder or an http(s) URL (on GitHub Actions: the repository variable DATA_REMOTE)")]
    private readonly string _dataRemote = "";

    [Parameter("Training data CSV (default: the pulled data/adult/train.csv)")]
    private readonly AbsolutePath? _trainData = null;

    [Parameter("Evaluation data CSV (default: the pulled data/adult/test.csv)")]
    private readonly AbsolutePath? _testData = null;

    private AbsolutePath DatasetPointerFile => RootDirectory / "data" / "adult.dataset.json";

    private AbsolutePath ExpectationsFile => RootDirectory / "data" / "adult.expectations.json";

    private AbsolutePath TrainingConfigFile => RootDirectory / "configs" / "training.json";

    private AbsolutePath EvaluationConfigFile => RootDirectory / "configs" / "evaluation.json";

    private AbsolutePath PulledData => RootDirectory / "data" / "adult";

    private AbsolutePath TrainCsv => _trainData ?? PulledData / "train.csv";

    private AbsolutePath TestCsv => _testData ?? PulledData / "test.csv";

    private ValidationArtifacts Validation => new(ArtifactsDirectory / "data");

    private ModelArtifacts Models => new(ArtifactsDirectory / "model");

    private EvaluationArtifacts Evaluation => new(Models.Folder, ArtifactsDirectory / "reports");

    /// <summary>
    /// Data that failed, a config that could not be read or a training that failed must not leave an earlier run's
    /// models, metrics or report to pass for results of this run.
    /// </summary>
    private string[] ModelResults => [Models.Folder, .. Evaluation.All];

    private static SynchronousProgress<string> Steps => new(step => Log.Information("{Step}", step));

    private Target PullData => _ => _
        .Description("Fetch the dataset files named by data/adult.dataset.json from the data remote, verified by sha256")
        .RunsInDependentJobs()
        .OnlyWhenStatic(() => _trainData == null || _testData == null)
        .Requires(() => _dataRemote)
        .Inputs(DatasetPointerFile)
        .Inputs(() => _dataRemote)
        .Produces(PulledData)
        .Executes(() => PullAsync(DatasetPointerFile, _dataRemote, "DATA_REMOTE", PulledData));

    private Target ValidateData => _ => _
        .Description("Check the data against data/adult.expectations.json; report and profile in artifacts/data")
        .DependsOn(PullData)
        .Inputs(ExpectationsFile, TrainCsv, TestCsv)
        .Produces(Validation.Folder)
        .Executes(() => FileTree.DeletedIfFailsAsync(ModelResults, () =>
        {
            var report = new DatasetValidator(ExpectationSuite.Read(ExpectationsFile)).Validate(TrainCsv, TestCsv);
            report.WriteTo(Validation.Folder);
            Log.Information("{Passed} of {Count} expectations hold; report in {Report}",
                report.Results.Count(r => r.Passed), report.Results.Count, Shown(Validation.Report));
            report.EnsurePassed();
            return Task.CompletedTask;
        }));

    private Target Train => _ => _
        .Description("Train every candidate of configs/training.json in parallel; artifacts/model/<candidate>/model.zip and run.json")
        .DependsOn(PullData, ValidateData) // on CI each job pulls the data it reads
        .Inputs(TrainingConfigFile, TrainCsv)
        .Produces([.. Models.CandidateFiles])
        .Executes(() => FileTree.DeletedIfFailsAsync(ModelResults, async () =>
        {
            Models.RemoveCandidates();
            var config = TrainingConfig.Read(TrainingConfigFile);
            var context = await RunContext.CaptureAsync(RootDirectory, [TrainCsv]);
            await ShowProgressAsync("Training", [.. config.Candidates.Select(c => c.Name)], async bars =>
            {
                var trained = await new ModelTrainer(config).TrainAllAsync(TrainCsv, Models.Folder, context,
                    new SynchronousProgress<TrainingProgress>(p => bars.Report(new ProgressUpdate(p.Candidate, p.Stage, p.Overall))));
                foreach (var c in trained)
                {
                    Log.Information("{Candidate} ({Trainer}): {Rows:N0} rows in {Seconds:0.00} s, model sha256 {Sha}",
                        c.Name, c.Trainer, c.Rows, c.Duration.TotalSeconds, c.ModelSha256[..12]);
                }
            });
        }));

    private Target Evaluate => _ => _
        .Description("Evaluate the candidates on the test data, apply the gates, choose one; metrics, report and plots")
        .DependsOn(PullData, Train)
        .Consumes(Train)
        .Inputs(EvaluationConfigFile, TrainingConfigFile, TestCsv)
        .Inputs(Models.Models)
        .Inputs(() => ChampionMetricsFile.Describe(EvaluationConfigFile, RootDirectory))
        .Produces([.. Evaluation.All])
        .Permissions("pull-requests: write")
        .UsesSecrets(() => _githubToken)
        .Executes(async () =>
        {
            Evaluation.Remove(); // an earlier run's metrics or plots must not stand beside a run that fails half-way
            var config = EvaluationConfig.Read(EvaluationConfigFile);
            var candidates = TrainingConfig.Read(TrainingConfigFile).Candidates.Select(c => new CandidateModel(c.Name, Models.ModelOf(c.Name)));
            var result = new ModelEvaluator(config).Evaluate([.. candidates], TestCsv, ChampionMetricsFile.Read(config, RootDirectory));
            result.WriteTo(Evaluation);
            ReportMarkdown(result.ToMarkdown());
            Log.Information("Chosen: {Chosen}; {Champion}; report in {Report}",
                result.Chosen ?? "none", result.ChampionVerdict, Shown(Evaluation.Report));
            await CommentOnPullRequestAsync(result.ToMarkdown());
            result.EnsurePassed();
        });

    private string Shown(string path) => AbsolutePath.Create(path).RelativeTo(RootDirectory);

    /// <summary>Fetches the files a pointer names from a remote into <paramref name="target"/>, verified by sha256.</summary>
    private async Task PullAsync(AbsolutePath pointer, string remote, string variable, AbsolutePath target)
    {
        try
        {
            await new DatasetPull(DatasetPointer.Read(pointer), DataRemote.Parse(remote, RootDirectory),
                new ContentCache(TemporaryDirectory / "data-cache"), target).RunAsync(Steps);
        }
        catch (DataRemoteException missing) when (Host.IsGitHubActions && !IsUrl(remote))
        {
            // A runner has no ../shared beside its clone: there the files come from a URL the repository variable gives.
            throw new DataRemoteException($"{missing.Message} On GitHub Actions set the repository variable {variable} to the https URL " +
                $"of a folder holding the files {Shown(pointer)} names (README: \"Setting up GitHub\").", missing);
        }
    }

    private static bool IsUrl(string remote) => Uri.TryCreate(remote, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
