using System.Diagnostics;
using Microsoft.ML;
using Mlops.Files;

namespace Mlops.Training.Internal;

/// <summary>
/// Trains one candidate with its own MLContext (seeded, so candidates in parallel cannot disturb each other) and writes
/// outputDirectory/name/model.zip and run.json.
/// </summary>
internal static class CandidateTraining
{
    public static TrainedCandidate Train(
        TrainingConfig config,
        CandidateConfig candidate,
        TrainingData data,
        string outputDirectory,
        RunContext context,
        IProgress<TrainingProgress>? progress,
        CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var ml = new MLContext(config.Seed);
        var where = $"{config.Source}: candidate '{candidate.Name}'";
        var definition = TrainerDefinitions.Find(candidate.Trainer)!;
        var trainer = definition.Configure(ml, candidate.Hyperparameters,
            new TrainerColumns(config.Label, ModelPipeline.FeaturesColumn), config.Seed, where);
        var pipeline = ModelPipeline.Build(ml, config.Features, definition, trainer);
        var rows = data.Load(ml);
        FitProgress.Follow(ml, candidate.Name, trainer, progress);

        progress?.Report(new TrainingProgress(candidate.Name, TrainingProgress.Fitting, trainer.IterationMarker is null ? null : 0));
        var model = Fit(pipeline, rows, where, cancellation);

        progress?.Report(new TrainingProgress(candidate.Name, TrainingProgress.Saving, null));
        var bytes = Save(ml, model, rows.Schema);
        var sha256 = Sha256Hex.Of(bytes);
        var artifacts = new ModelArtifacts(outputDirectory);
        var modelPath = artifacts.ModelOf(candidate.Name);
        AtomicFile.WriteBytes(modelPath, bytes);
        var duration = clock.Elapsed;
        var record = new RunRecord(candidate.Name, definition.Name, candidate.Hyperparameters, config.Seed, config.Label,
            config.Features, context.GitCommit, context.Data, data.Rows, RunRecord.MlNet, RunRecord.ThisRuntime, Math.Round(duration.TotalSeconds, 3), sha256);
        AtomicFile.WriteBytes(artifacts.RunRecordOf(candidate.Name), record.ToJson());

        progress?.Report(new TrainingProgress(candidate.Name, TrainingProgress.Done, 1.0));
        return new TrainedCandidate(candidate.Name, definition.Name, modelPath, sha256, duration, data.Rows);
    }

    /// <summary>The model with the raw CSV columns as its input schema, as reproducible zip bytes.</summary>
    private static byte[] Save(MLContext ml, ITransformer model, DataViewSchema input)
    {
        using var saved = new MemoryStream();
        ml.Model.Save(model, input, saved);
        return ReproducibleZip.Normalise(saved.ToArray());
    }

    /// <summary>
    /// ML.NET 5 has no public way to stop a fit half-way (MLContext.CancelExecution lives in the Microsoft.ML.Experimental
    /// package, which this registry does not serve), so cancellation is seen before and after it.
    /// </summary>
    private static ITransformer Fit(IEstimator<ITransformer> pipeline, IDataView rows, string where, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        ITransformer model;
        try
        {
            model = pipeline.Fit(rows);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Some hyperparameter ranges are only checked by the trainer itself (LightGBM's NumberOfLeaves > 1).
            throw new InvalidOperationException($"{where}: training failed: {Hyperparameters.OneLine(e.Message)}", e);
        }

        cancellation.ThrowIfCancellationRequested();
        return model;
    }
}
