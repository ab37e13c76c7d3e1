namespace Mlops.Targets;

/// <summary>
/// An <see cref="IProgress{T}"/> that reports at once, on the reporting thread, in order. <see cref="Progress{T}"/>
/// posts each report to the thread pool when there is no synchronization context (as in a build), so log lines
/// would arrive late, out of order, or after the step that made them has ended.
/// </summary>
public sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
