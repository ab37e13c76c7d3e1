using Mlops.Testing;
using Mlops.Training;

namespace Mlops.Serving.Tests;

/// <summary>The shipped candidates (configs/training.json) trained once on the real train.csv, for every test that serves one.</summary>
public sealed class TrainedModel : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public TrainedModel()
    {
        var candidates = new ModelTrainer(TrainingConfig.Read(RepositoryRoot.File("configs/training.json")))
            .TrainAllAsync(SharedAdultData.Train, _folder["model"], new RunContext(null, [])).GetAwaiter().GetResult();
        LightGbm = candidates.Single(c => c.Trainer == "LightGbm").ModelPath;
    }

    public string LightGbm { get; }

    public void Dispose() => _folder.Dispose();
}

[CollectionDefinition(Name)]
public sealed class WithTrainedModel : ICollectionFixture<TrainedModel>
{
    public const string Name = "Trained model";
}
