namespace Mlops.GitOps;

/// <summary>
/// Production pinned to a release by a rollback: Promote will not move production past it until someone releases the
/// hold on purpose, so the next run of the pipeline cannot undo the rollback.
/// </summary>
public sealed record ProductionHold(int Version, string Reason, string By, DateTimeOffset At);
