using System.Collections.Concurrent;

namespace Mlops.Training.Tests;

/// <summary>Keeps every progress report as it is made (Progress&lt;T&gt; would post them later, on the thread pool).</summary>
public sealed class ProgressLog : IProgress<TrainingProgress>
{
    private readonly ConcurrentQueue<TrainingProgress> _reports = new();

    public void Report(TrainingProgress value) => _reports.Enqueue(value);

    public IReadOnlyList<TrainingProgress> For(string candidate) => [.. _reports.Where(r => r.Candidate == candidate)];

    /// <summary>The stages one candidate went through, each once, in order.</summary>
    public IReadOnlyList<string> Stages(string candidate)
    {
        var stages = new List<string>();
        foreach (var report in For(candidate))
        {
            if (stages.Count == 0 || stages[^1] != report.Stage)
            {
                stages.Add(report.Stage);
            }
        }

        return stages;
    }
}
