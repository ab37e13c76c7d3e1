using Microsoft.ML;
using Microsoft.ML.Trainers.LightGbm;

namespace Mlops.Training.Internal;

/// <summary>
/// LightGbm gradient-boosted trees. The gradient booster's own settings (L2Regularization, FeatureFraction,
/// SubsampleFraction…) are set by name beside the trainer's, since the config has no way to pick another booster.
/// </summary>
internal sealed class LightGbmDefinition : TrainerDefinition<LightGbmBinaryTrainer.Options>
{
    public override string Name => "LightGbm";

    public override bool ScalesFeatures => false;

    protected override IEnumerable<KeyValuePair<string, string>> AlsoFixed =>
    [
        new("Seed", FromSeed),
        new("Deterministic", "it is always true, so the model comes out byte-identical from run to run"),
        new("RowGroupColumnName", NoGroups),
        new("Booster", "its settings (L2Regularization, FeatureFraction, SubsampleFraction…) are set directly by name"),
        new("ForceColumnWise", "it is always the opposite of ForceRowWise (set that instead), so LightGBM never picks by timing"),
    ];

    protected override IEnumerable<object> Targets(LightGbmBinaryTrainer.Options options)
    {
        var booster = new GradientBooster.Options();
        options.Booster = booster;
        return [options, booster];
    }

    protected override void Fix(LightGbmBinaryTrainer.Options options, int seed)
    {
        options.NumberOfThreads = 1;
        options.Seed = seed;
        options.Deterministic = true;
        // LightGBM otherwise picks row- or column-wise histograms by timing both, which can differ run to run.
        options.ForceColumnWise = !options.ForceRowWise;
    }

    protected override ConfiguredTrainer Create(MLContext ml, LightGbmBinaryTrainer.Options options) =>
        new(ml.BinaryClassification.Trainers.LightGbm(options));
}
