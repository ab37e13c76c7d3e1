namespace Mlops.Kubernetes;

/// <summary>An argument an AnalysisTemplate declares, with its default value (null: the Rollout must give one).</summary>
public sealed record AnalysisArgument(string Name, string? Value);
