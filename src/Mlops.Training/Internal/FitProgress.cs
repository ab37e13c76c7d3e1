using Microsoft.ML;

namespace Mlops.Training.Internal;

/// <summary>
/// Turns a trainer's log into fitting progress: ML.NET has no progress callback, but some trainers log a line per
/// iteration (FastTree, per tree), and counting those lines against the planned iterations is the fraction done.
/// </summary>
internal sealed class FitProgress(string candidate, ConfiguredTrainer trainer, IProgress<TrainingProgress> progress)
{
    private int _iterations;

    /// <summary>Listens to <paramref name="ml"/>'s log when the trainer tells iterations and someone is listening.</summary>
    public static void Follow(MLContext ml, string candidate, ConfiguredTrainer trainer, IProgress<TrainingProgress>? progress)
    {
        if (progress is not null && trainer.IterationMarker is not null && trainer.Iterations > 0)
        {
            ml.Log += new FitProgress(candidate, trainer, progress).OnLog;
        }
    }

    private void OnLog(object? sender, LoggingEventArgs e)
    {
        if (!e.Message.Contains(trainer.IterationMarker!, StringComparison.Ordinal))
        {
            return;
        }

        var done = Interlocked.Increment(ref _iterations);
        progress.Report(new TrainingProgress(candidate, TrainingProgress.Fitting, Math.Min(1.0, (double)done / trainer.Iterations)));
    }
}
