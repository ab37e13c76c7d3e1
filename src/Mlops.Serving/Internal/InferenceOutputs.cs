namespace Mlops.Serving.Internal;

/// <summary>The model's outputs under the Open Inference Protocol: the positive class's probability and the class (0 or 1).</summary>
internal static class InferenceOutputs
{
    public const string Probability = "probability";
    public const string PredictedClass = "predicted_class";

    public static IReadOnlyList<string> Names { get; } = [Probability, PredictedClass];
}
