using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace Mlops.Training.Internal;

/// <summary>Logistic regression by L-BFGS: a simple, well-understood baseline.</summary>
internal sealed class LbfgsLogisticRegressionDefinition : TrainerDefinition<LbfgsLogisticRegressionBinaryTrainer.Options>
{
    public override string Name => "LbfgsLogisticRegression";

    public override bool ScalesFeatures => true;

    // Several threads would add up the gradient in a different order each run.
    protected override void Fix(LbfgsLogisticRegressionBinaryTrainer.Options options, int seed) => options.NumberOfThreads = 1;

    protected override ConfiguredTrainer Create(MLContext ml, LbfgsLogisticRegressionBinaryTrainer.Options options) =>
        new(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(options));
}
