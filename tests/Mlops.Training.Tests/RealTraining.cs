using System.Security.Cryptography;
using Mlops.Testing;

namespace Mlops.Training.Tests;

/// <summary>
/// configs/training.json trained once on the real train.csv, shared by the tests that look at the result. When the
/// data is missing, every one of those tests fails with the reason.
/// </summary>
public sealed class RealTraining : IAsyncLifetime, IDisposable
{
    private readonly TemporaryFolder _output = new();

    public TrainingConfig Config { get; } = TrainingConfig.Read(Configs.Real);

    public RunContext Context { get; private set; } = new(null, []);

    public IReadOnlyList<TrainedCandidate> Results { get; private set; } = [];

    public ProgressLog Progress { get; } = new();

    public string OutputDirectory => _output.Path;

    public IReadOnlyList<string> Files() => _output.Files();

    public TrainedCandidate this[string name] => Results.Single(r => r.Name == name);

    public async Task InitializeAsync()
    {
        Context = new RunContext("4b825dc642cb6eb9a060e54bf8d69288fbee4904",
            [new DataFileHash("../shared/data/adult/train.csv", Sha256(SharedAdultData.Train))]);
        Results = await new ModelTrainer(Config).TrainAllAsync(SharedAdultData.Train, OutputDirectory, Context, Progress);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _output.Dispose();

    public static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}

[CollectionDefinition(Name)]
public sealed class SharedRealTraining : ICollectionFixture<RealTraining>
{
    public const string Name = "the real config trained on the real data";
}
