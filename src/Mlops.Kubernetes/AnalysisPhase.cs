namespace Mlops.Kubernetes;

/// <summary>What Argo Rollouts makes of one measurement (v1alpha1.AnalysisPhase, the values a measurement can end in).</summary>
public enum AnalysisPhase
{
    /// <summary>The success condition held and the failure condition did not.</summary>
    Successful,

    /// <summary>The failure condition held (whatever the success condition says), or only a success condition is given and it did not hold.</summary>
    Failed,

    /// <summary>Neither condition held: no verdict. Past the metric's inconclusiveLimit the run is Inconclusive and the Rollout pauses.</summary>
    Inconclusive,

    /// <summary>A condition could not be evaluated (expr stopped, e.g. on result[0] of an empty result); counted against consecutiveErrorLimit.</summary>
    Error,
}
