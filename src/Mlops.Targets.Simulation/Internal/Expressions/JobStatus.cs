namespace Mlops.Targets.Simulation.Internal.Expressions;

/// <summary>
/// What the status functions see: the state of the jobs this one needs. <c>success()</c>, <c>failure()</c> and
/// <c>cancelled()</c> each answer true for exactly one of these; <c>always()</c> ignores it.
/// </summary>
internal enum JobStatus
{
    /// <summary>Every needed job succeeded (or there are none).</summary>
    Success,

    /// <summary>A needed job failed.</summary>
    Failure,

    /// <summary>The workflow run was cancelled.</summary>
    Cancelled,
}
