namespace Mlops.Targets.Internal;

/// <summary>A target in a plan: why it is there, what it waits for, and (after the run) how it ended.</summary>
internal sealed class PlannedTarget(ExecutableTarget target, string reason)
{
    public ExecutableTarget Target { get; } = target;

    public string Name => Target.Name;

    /// <summary>"invoked", "dependency of Test", "triggered by Push".</summary>
    public string Reason { get; } = reason;

    /// <summary>Set when the plan already knows the target will not run: "--skip", or a static condition's text.</summary>
    public string? SkipReason { get; set; }

    /// <summary>Planned targets that must finish before this one starts.</summary>
    public List<PlannedTarget> Predecessors { get; } = [];

    /// <summary>The predecessors this one needs to have succeeded (dependencies and the targets that triggered it).</summary>
    public List<PlannedTarget> Prerequisites { get; } = [];

    public TargetStatus Status { get; set; } = TargetStatus.NotRun;

    public bool IsFinished { get; set; }

    public TimeSpan Duration { get; set; }

    /// <summary>One line for the summary: the skip reason, why it did not run, the failure's message, the cache verdict.</summary>
    public string? Note { get; set; }

    public bool Blocks => Status is TargetStatus.Failed or TargetStatus.NotRun;

    public TargetResult ToResult() => new(Name, Status, Duration, Note);
}
