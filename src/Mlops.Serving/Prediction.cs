namespace Mlops.Serving;

/// <summary>The answer for one record: the probability of the positive class and the class the model predicts.</summary>
public readonly record struct Prediction(float Probability, bool PredictedClass);
