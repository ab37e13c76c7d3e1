using Mlops.Testing;

namespace Mlops.Evaluation.Tests;

/// <summary>Trains a LightGbm and a logistic regression model on the real train.csv once for every test that needs them.</summary>
public sealed class TrainedCandidates : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly Lazy<EvaluationResult> _sliced;

    public TrainedCandidates()
    {
        LightGbm = CandidateTraining.LightGbm(SharedAdultData.Train, _folder["lightgbm"]);
        Logistic = CandidateTraining.Logistic(SharedAdultData.Train, _folder["logistic"]);
        _sliced = new(() => new ModelEvaluator(Configs.SlicedBySexAndRace()).Evaluate(Both, SharedAdultData.Test, champion: null));
    }

    public CandidateModel LightGbm { get; }

    public CandidateModel Logistic { get; }

    public IReadOnlyList<CandidateModel> Both => [LightGbm, Logistic];

    /// <summary>Both candidates on the real test file, sliced by sex and race, with no gates: shared by tests that only read it.</summary>
    public EvaluationResult Sliced => _sliced.Value;

    public void Dispose() => _folder.Dispose();
}

[CollectionDefinition(Name)]
public sealed class WithTrainedCandidates : ICollectionFixture<TrainedCandidates>
{
    public const string Name = "Trained candidates";
}
