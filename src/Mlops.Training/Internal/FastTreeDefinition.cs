using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace Mlops.Training.Internal;

/// <summary>ML.NET's own gradient-boosted trees. Its log has a line per tree, which becomes fitting progress.</summary>
internal sealed class FastTreeDefinition : TrainerDefinition<FastTreeBinaryTrainer.Options>
{
    public override string Name => "FastTree";

    public override bool ScalesFeatures => false;

    protected override IEnumerable<KeyValuePair<string, string>> AlsoFixed =>
    [
        new("Seed", FromSeed),
        new("FeatureSelectionSeed", FromSeed),
        new("RowGroupColumnName", NoGroups),
    ];

    protected override void Fix(FastTreeBinaryTrainer.Options options, int seed)
    {
        options.NumberOfThreads = 1;
        options.Seed = seed;
        options.FeatureSelectionSeed = seed;
    }

    protected override ConfiguredTrainer Create(MLContext ml, FastTreeBinaryTrainer.Options options) =>
        new(ml.BinaryClassification.Trainers.FastTree(options), "numTotalTrees left", options.NumberOfTrees);
}
