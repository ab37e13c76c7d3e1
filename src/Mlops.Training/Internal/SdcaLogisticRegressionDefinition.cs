using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace Mlops.Training.Internal;

/// <summary>Logistic regression by stochastic dual coordinate ascent; its shuffling follows the MLContext's seed.</summary>
internal sealed class SdcaLogisticRegressionDefinition : TrainerDefinition<SdcaLogisticRegressionBinaryTrainer.Options>
{
    public override string Name => "SdcaLogisticRegression";

    public override bool ScalesFeatures => true;

    // Several threads update the shared weights in whatever order they happen to run.
    protected override void Fix(SdcaLogisticRegressionBinaryTrainer.Options options, int seed) => options.NumberOfThreads = 1;

    protected override ConfiguredTrainer Create(MLContext ml, SdcaLogisticRegressionBinaryTrainer.Options options) =>
        new(ml.BinaryClassification.Trainers.SdcaLogisticRegression(options));
}
