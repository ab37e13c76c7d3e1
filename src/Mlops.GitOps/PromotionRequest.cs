namespace Mlops.GitOps;

/// <summary>
/// What Promote is asked to do and on what grounds: who asks, whether a rollback's hold may be released, and how the
/// cluster's health was judged (the gate's verdict, or the reason given for skipping it) — each goes into the commit.
/// </summary>
/// <param name="HealthGate">One line for the commit: "passed: …" or "skipped: &lt;reason&gt;".</param>
/// <param name="ExpectedStaging">The staging release the gate judged; the plan refuses if staging moved on since.</param>
public sealed record PromotionRequest(string By, string HealthGate, int? ExpectedStaging = null, bool ReleaseHold = false);
