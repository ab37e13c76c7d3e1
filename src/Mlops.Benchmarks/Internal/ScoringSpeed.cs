using System.Diagnostics;
using Microsoft.ML;

namespace Mlops.Benchmarks.Internal;

/// <summary>
/// How fast one trained model scores, on the calling thread: one row at a time through a PredictionEngine (what a
/// serving endpoint does per request), and every row at once through <c>model.Transform</c> (what batch scoring does).
/// </summary>
internal sealed class ScoringSpeed(MLContext ml, ITransformer model)
{
    /// <summary>
    /// Times <paramref name="predictions"/> single predictions, cycling through <paramref name="rows"/>, after
    /// <paramref name="warmUp"/> untimed ones that let the JIT and the engine's buffers settle.
    /// </summary>
    public PredictionLatency SingleRows(IReadOnlyList<AdultRow> rows, int predictions, int warmUp)
    {
        using var engine = ml.Model.CreatePredictionEngine<AdultRow, ModelPrediction>(model);
        var output = new ModelPrediction();
        for (var i = 0; i < warmUp; i++)
        {
            engine.Predict(rows[i % rows.Count], ref output);
        }

        var samples = new TimeSpan[predictions];
        for (var i = 0; i < predictions; i++)
        {
            var row = rows[(warmUp + i) % rows.Count];
            var start = Stopwatch.GetTimestamp();
            engine.Predict(row, ref output);
            samples[i] = Stopwatch.GetElapsedTime(start);
        }

        return PredictionLatency.Of(samples);
    }

    /// <summary>
    /// Rows per second scoring all <paramref name="rows"/> (already in memory, so CSV parsing is not counted) and
    /// reading every prediction out, the median of <paramref name="rounds"/> after one untimed round.
    /// </summary>
    public double RowsPerSecond(IReadOnlyList<AdultRow> rows, int rounds)
    {
        var samples = new List<TimeSpan>();
        for (var round = -1; round < rounds; round++)
        {
            var start = Stopwatch.GetTimestamp();
            var scored = model.Transform(ml.Data.LoadFromEnumerable(rows));
            // ML.NET is lazy: nothing is scored until the predictions are read, so reading them is part of the cost.
            var predictions = ml.Data.CreateEnumerable<ModelPrediction>(scored, reuseRowObject: false).ToList();
            var elapsed = Stopwatch.GetElapsedTime(start);
            if (predictions.Count != rows.Count)
            {
                throw new InvalidOperationException($"Batch scoring returned {predictions.Count} predictions for {rows.Count} rows.");
            }

            if (round >= 0)
            {
                samples.Add(elapsed);
            }
        }

        return rows.Count / CommandTimings.MedianOf(samples).TotalSeconds;
    }
}
