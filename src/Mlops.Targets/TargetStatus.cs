namespace Mlops.Targets;

/// <summary>How a planned target ended, as the summary table shows it.</summary>
public enum TargetStatus
{
    /// <summary>Not started: an earlier failure stopped the build, or a dependency failed.</summary>
    NotRun,
    Succeeded,
    Failed,

    /// <summary>By --skip, a static or a dynamic condition.</summary>
    Skipped,

    /// <summary>Inputs unchanged since the last successful run and its outputs still there: not executed.</summary>
    Cached,
}
