namespace Mlops.Evaluation;

/// <summary>One candidate's metrics and every gate checked on it; it can be chosen only when all of them passed.</summary>
public sealed record CandidateEvaluation(string Name, CandidateMetrics Metrics, IReadOnlyList<GateResult> Gates)
{
    public bool Passed => Gates.All(g => g.Passed);

    /// <summary>"lightgbm: auc 0.912 &lt; 0.92, slice gap accuracy by sex 0.18 &gt; 0.15", or null when every gate passed.</summary>
    public string? Failures => Passed ? null : $"{Name}: {string.Join(", ", Gates.Where(g => !g.Passed).Select(g => g.Failure))}";
}
