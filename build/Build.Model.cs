using System.Security.Cryptography;
using Mlops.Data;
using Mlops.Evaluation;
using Mlops.Processes;
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
    [Parameter("Where dataset files are fetched from: a folder or an http(s) URL")]
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

    private AbsolutePath DataArtifacts => ArtifactsDirectory / "data";

    private AbsolutePath ModelArtifacts => ArtifactsDirectory / "model";

    private AbsolutePath Reports => ArtifactsDirectory / "reports";

    private Target PullData => _ => _
        .Description("Fetch the dataset files named by data/adult.dataset.json from the data remote, verified by sha256")
        .RunsInDependentJobs()
        .OnlyWhenStatic(() => _trainData == null || _testData == null)
        .Requires(() => _dataRemote)
        .Inputs(DatasetPointerFile)
        .Inputs(() => _dataRemote)
        .Produces(PulledData)
        .Executes(async () =>
        {
            var pointer = DatasetPointer.Read(DatasetPointerFile);
            var remote = DataRemote.Parse(_dataRemote, RootDirectory);
            var pull = new DatasetPull(pointer, remote, new ContentCache(TemporaryDirectory / "data-cache"), PulledData);
            await pull.RunAsync(new SynchronousProgress<string>(step => Log.Information("{Step}", step)));
        });

    private Target ValidateData => _ => _
        .Description("Check the data against data/adult.expectations.json; report and profile in artifacts/data")
        .DependsOn(PullData)
        .Inputs(ExpectationsFile, TrainCsv, TestCsv)
        .Produces(DataArtifacts)
        .Executes(() =>
        {
            try
            {
                var report = new DatasetValidator(ExpectationSuite.Read(ExpectationsFile)).Validate(TrainCsv, TestCsv);
                report.WriteTo(DataArtifacts);
                Log.Information("{Passed} of {Count} expectations hold; report in {Report}",
                    report.Results.Count(r => r.Passed), report.Results.Count, (DataArtifacts / "validation.md").RelativeTo(RootDirectory));
                if (!report.Passed)
                {
                    throw new InvalidOperationException(report.FailureSummary);
                }
            }
            catch
            {
                // Data that failed (or a suite that could not be read) must not leave a model or metrics from earlier
                // data to pass for results on this data.
                RemoveModelArtifacts();
                throw;
            }
        });

    private Target Train => _ => _
        .Description("Train every candidate of configs/training.json in parallel; artifacts/model/<candidate>/model.zip and run.json")
        .DependsOn(PullData, ValidateData) // on CI each job pulls the data it reads
        .Inputs(TrainingConfigFile, TrainCsv)
        .Produces("artifacts/model/*/model.zip", "artifacts/model/*/run.json")
        .Executes(async () =>
        {
            var config = TrainingConfig.Read(TrainingConfigFile);
            RemoveCandidateModels();
            var context = new RunContext(await GitCommitAsync(), [new DataFileHash(TrainCsv.RelativeTo(RootDirectory), await Sha256Async(TrainCsv))]);
            IReadOnlyList<TrainedCandidate> trained = [];
            await ShowProgressAsync("Training", config.Candidates.Select(c => c.Name).ToList(), async progress =>
                trained = await new ModelTrainer(config).TrainAllAsync(TrainCsv, ModelArtifacts, context,
                    new SynchronousProgress<TrainingProgress>(p => progress.Report(new ProgressUpdate(p.Candidate, p.Stage, p.Overall)))));
            foreach (var candidate in trained)
            {
                Log.Information("{Candidate} ({Trainer}): {Rows:N0} rows in {Seconds:0.00} s, model sha256 {Sha}",
                    candidate.Name, candidate.Trainer, candidate.Rows, candidate.Duration.TotalSeconds, candidate.ModelSha256[..12]);
            }
        });

    private Target Evaluate => _ => _
        .Description("Evaluate the candidates on the test data, apply the gates, choose one; metrics, report and plots")
        .DependsOn(PullData, Train)
        .Consumes(Train)
        .Inputs(EvaluationConfigFile, TrainingConfigFile, TestCsv)
        .Inputs("artifacts/model/*/model.zip")
        .Inputs(() => ChampionMetricsContent())
        .Produces("artifacts/model/metrics.json", "artifacts/reports")
        .Permissions("pull-requests: write")
        .UsesSecrets(() => _githubToken)
        .Executes(async () =>
        {
            // Metrics or plots of an earlier run must not stand beside a run that fails half-way.
            RemoveEvaluation();
            var config = EvaluationConfig.Read(EvaluationConfigFile);
            var candidates = TrainingConfig.Read(TrainingConfigFile).Candidates
                .Select(c => new CandidateModel(c.Name, ModelArtifacts / c.Name / "model.zip")).ToList();
            var champion = config.Champion is { } rule ? ChampionMetrics.ReadIfExists(RootDirectory / rule.MetricsPath) : null;
            var result = new ModelEvaluator(config).Evaluate(candidates, TestCsv, champion);
            result.WriteMetrics(ModelArtifacts / "metrics.json");
            result.WriteReport(Reports);
            ReportMarkdown(result.ToMarkdown());
            Log.Information("Chosen: {Chosen}; {Champion}; report in {Report}", result.Chosen ?? "none", result.ChampionVerdict,
                (Reports / "evaluation.md").RelativeTo(RootDirectory));
            await CommentOnPullRequestAsync(result.ToMarkdown());
            if (!result.Passed)
            {
                throw new InvalidOperationException(result.FailureReason);
            }
        });

    /// <summary>The run's commit, for run.json; none outside a git checkout.</summary>
    private async Task<string?> GitCommitAsync()
    {
        var result = await new ProcessRunner { Echo = false }.RunAsync("git", ["rev-parse", "HEAD"], RootDirectory);
        return result.Succeeded && result.Output.Count > 0 ? result.Output[0].Trim() : null;
    }

    private static async Task<string> Sha256Async(AbsolutePath file)
    {
        await using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream));
    }

    /// <summary>
    /// The production model's recorded metrics, where the champion rule of configs/evaluation.json finds them, by
    /// content: a new champion re-runs Evaluate. A config that cannot be read counts as no champion here; Evaluate
    /// itself then reports what is wrong with it.
    /// </summary>
    private string ChampionMetricsContent()
    {
        try
        {
            if (EvaluationConfig.Read(EvaluationConfigFile).Champion is not { } rule)
            {
                return "no champion rule";
            }

            var file = RootDirectory / rule.MetricsPath;
            return File.Exists(file)
                ? $"{rule.MetricsPath} sha256 {Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)))}"
                : $"{rule.MetricsPath} absent";
        }
        catch (EvaluationInputException e)
        {
            return e.Message;
        }
    }

    private void RemoveModelArtifacts()
    {
        if (Directory.Exists(ModelArtifacts))
        {
            Directory.Delete(ModelArtifacts, recursive: true);
        }

        RemoveEvaluation();
    }

    /// <summary>
    /// Train's outputs, every artifacts/model/&lt;candidate&gt;/ folder: a candidate renamed or removed from the config
    /// must not leave its old model to be handed on. Evaluate's metrics stay, so identical models keep it Cached.
    /// </summary>
    private void RemoveCandidateModels()
    {
        foreach (var candidate in Directory.Exists(ModelArtifacts) ? Directory.GetDirectories(ModelArtifacts) : [])
        {
            Directory.Delete(candidate, recursive: true);
        }
    }

    /// <summary>Evaluate's outputs: metrics.json and the whole reports folder (the report and its plots).</summary>
    private void RemoveEvaluation()
    {
        if (File.Exists(ModelArtifacts / "metrics.json"))
        {
            File.Delete(ModelArtifacts / "metrics.json");
        }

        if (Directory.Exists(Reports))
        {
            Directory.Delete(Reports, recursive: true);
        }
    }
}
