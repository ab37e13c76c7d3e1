using System.Runtime.ExceptionServices;
using Mlops.Training.Internal;

namespace Mlops.Training;

/// <summary>
/// Trains every candidate of a <see cref="TrainingConfig"/> side by side on one CSV. Each candidate writes
/// outputDirectory/name/model.zip — byte-identical for identical inputs — and run.json, which says how it was made.
/// </summary>
public sealed class ModelTrainer
{
    private readonly TrainingConfig _config;

    /// <summary>Checks the config first (also one built in code), so a bad hyperparameter fails before any data is read.</summary>
    public ModelTrainer(TrainingConfig config)
    {
        TrainingConfigCheck.Check(config);
        _config = config;
    }

    /// <summary>
    /// Trains every candidate in parallel on <paramref name="trainCsv"/>; each writes outputDirectory/name/model.zip
    /// and run.json. The CSV is checked first (configured columns in the header, labels 0/1). When one candidate
    /// fails the others are stopped and its error is thrown.
    /// </summary>
    public async Task<IReadOnlyList<TrainedCandidate>> TrainAllAsync(
        string trainCsv,
        string outputDirectory,
        RunContext context,
        IProgress<TrainingProgress>? progress = null,
        CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(trainCsv);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        ArgumentNullException.ThrowIfNull(context);

        Report(progress, TrainingProgress.Loading, 0);
        var data = await Task.Run(() => TrainingData.Open(trainCsv, _config, cancellation), cancellation);
        Report(progress, TrainingProgress.Loading, 1);

        using var stopAll = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var runs = _config.Candidates
            .Select(candidate => Task.Run(() => TrainOne(candidate, data, outputDirectory, context, progress, stopAll), CancellationToken.None))
            .ToList();
        try
        {
            return await Task.WhenAll(runs);
        }
        catch (Exception e) when (cancellation.IsCancellationRequested)
        {
            // Each candidate saw the cancellation through its own linked token; report it as the caller's.
            throw new OperationCanceledException("Training was cancelled.", e, cancellation);
        }
        catch (Exception) when (FirstFailure(runs) is { } failure)
        {
            // The candidates stopped because of this one failure would otherwise hide it behind their cancellations.
            ExceptionDispatchInfo.Throw(failure);
            throw;
        }
    }

    private TrainedCandidate TrainOne(
        CandidateConfig candidate, TrainingData data, string outputDirectory, RunContext context, IProgress<TrainingProgress>? progress,
        CancellationTokenSource stopAll)
    {
        try
        {
            return CandidateTraining.Train(_config, candidate, data, outputDirectory, context, progress, stopAll.Token);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            stopAll.Cancel();
            throw;
        }
    }

    private static Exception? FirstFailure(IEnumerable<Task> runs) =>
        runs.Where(run => run.IsFaulted)
            .SelectMany(run => run.Exception!.InnerExceptions)
            .FirstOrDefault(e => e is not OperationCanceledException);

    private void Report(IProgress<TrainingProgress>? progress, string stage, double fraction)
    {
        foreach (var candidate in _config.Candidates)
        {
            progress?.Report(new TrainingProgress(candidate.Name, stage, fraction));
        }
    }
}
