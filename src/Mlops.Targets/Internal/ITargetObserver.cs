namespace Mlops.Targets.Internal;

/// <summary>Told when each target starts and finishes (with its failure, if any).</summary>
internal interface ITargetObserver
{
    void Starting(PlannedTarget step);

    void Finished(PlannedTarget step, Exception? failure);
}
