using System.Diagnostics;
using Mlops.Serving;

namespace Mlops.Benchmarks.Internal;

/// <summary>
/// How fast one trained model scores through the serving app's scorer, on the calling thread: one row at a time (what
/// /predict does for a single record), and every row at once (what it does for a batch, less the threads).
/// </summary>
internal sealed class ScoringSpeed(ModelScorer scorer)
{
    /// <summary>
    /// Times <paramref name="predictions"/> single predictions, cycling through <paramref name="rows"/>, after
    /// <paramref name="warmUp"/> untimed ones that let the JIT settle.
    /// </summary>
    public PredictionLatency SingleRows(IReadOnlyList<object?[]> rows, int predictions, int warmUp)
    {
        for (var i = 0; i < warmUp; i++)
        {
            scorer.Score(rows[i % rows.Count]);
        }

        var samples = new TimeSpan[predictions];
        for (var i = 0; i < predictions; i++)
        {
            var row = rows[(warmUp + i) % rows.Count];
            var start = Stopwatch.GetTimestamp();
            scorer.Score(row);
            samples[i] = Stopwatch.GetElapsedTime(start);
        }

        return PredictionLatency.Of(samples);
    }

    /// <summary>
    /// Rows per second scoring all <paramref name="rows"/> (already in memory, so CSV parsing is not counted), the
    /// median of <paramref name="rounds"/> after one untimed round.
    /// </summary>
    public double RowsPerSecond(IReadOnlyList<object?[]> rows, int rounds)
    {
        var samples = new List<TimeSpan>();
        var predictions = new Prediction[rows.Count];
        for (var round = -1; round < rounds; round++)
        {
            var start = Stopwatch.GetTimestamp();
            scorer.Score(rows, 0, predictions);
            var elapsed = Stopwatch.GetElapsedTime(start);
            if (round >= 0)
            {
                samples.Add(elapsed);
            }
        }

        return rows.Count / CommandTimings.MedianOf(samples).TotalSeconds;
    }
}
