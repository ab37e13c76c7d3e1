namespace Mlops.GitOps;

/// <summary>One move of a release between stages: to which, when, and why where a person gave a reason (a rollback, a skipped health gate).</summary>
public sealed record StageChange(ModelStage Stage, DateTimeOffset At, string? Note = null);
