using Mlops.Data;
using Mlops.Evaluation;
using Mlops.Files;
using Mlops.Testing;
using Mlops.Training;

namespace Mlops.Serving.Tests;

/// <summary>
/// The pipeline's artifacts folder as the build leaves it, made once from the real data by the real steps: the data
/// validated (data/profile.json), the shipped candidates (configs/training.json) trained (model/NAME/model.zip,
/// run.json) and evaluated with configs/evaluation.json (model/metrics.json), for every test that serves a model.
/// </summary>
public sealed class TrainedModel : IDisposable
{
    public const string Commit = "0123456789abcdef0123456789abcdef01234567";

    private readonly TemporaryFolder _folder = new();

    public TrainedModel()
    {
        new DatasetValidator(ExpectationSuite.Read(RepositoryRoot.File("data/adult.expectations.json")))
            .Validate(SharedAdultData.Train, SharedAdultData.Test).WriteTo(_folder["artifacts/data"]);
        var models = new ModelArtifacts(_folder["artifacts/model"]);
        var config = TrainingConfig.Read(RepositoryRoot.File("configs/training.json"));
        var data = new DataFileHash("data/adult/train.csv", Sha256Hex.OfFile(SharedAdultData.Train));
        var candidates = new ModelTrainer(config).TrainAllAsync(SharedAdultData.Train, models.Folder, new RunContext(Commit, [data]))
            .GetAwaiter().GetResult();
        var evaluation = new ModelEvaluator(EvaluationConfig.Read(RepositoryRoot.File("configs/evaluation.json")))
            .Evaluate([.. candidates.Select(c => new CandidateModel(c.Name, c.ModelPath))], SharedAdultData.Test, champion: null);
        evaluation.WriteMetrics(Path.Combine(models.Folder, "metrics.json"));
        Chosen = evaluation.Chosen ?? throw new InvalidOperationException(evaluation.FailureReason);
        LightGbm = candidates.Single(c => c.Trainer == "LightGbm").ModelPath;
        Logistic = candidates.Single(c => c.Trainer == "LbfgsLogisticRegression").ModelPath;
    }

    /// <summary>The artifacts folder: data/ and model/.</summary>
    public string Artifacts => _folder["artifacts"];

    /// <summary>The candidate the evaluation chose, which a server serves.</summary>
    public string Chosen { get; }

    public string LightGbm { get; }

    public string Logistic { get; }

    public void Dispose() => _folder.Dispose();
}

[CollectionDefinition(Name)]
public sealed class WithTrainedModel : ICollectionFixture<TrainedModel>
{
    public const string Name = "Trained model";
}
