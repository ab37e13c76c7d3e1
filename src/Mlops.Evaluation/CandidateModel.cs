namespace Mlops.Evaluation;

/// <summary>A trained model to evaluate: its name in reports (e.g. "lightgbm") and the ML.NET model.zip.</summary>
public sealed record CandidateModel(string Name, string ModelPath);
