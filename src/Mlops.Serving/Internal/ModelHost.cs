using Mlops.Data;

namespace Mlops.Serving.Internal;

/// <summary>
/// The model as requests see it: loading until it has been loaded and scored once (warm), then ready. The process is
/// live meanwhile, so a probe tells "starting" from "dead", and a model that cannot be loaded stops the server with
/// the reason instead of leaving it answering 503 for ever.
/// </summary>
internal sealed class ModelHost(ServedModel model, ServingMetrics metrics, int driftWindowRows)
{
    private volatile LoadedModel? _loaded;

    public ServedModel Model => model;

    public LoadedModel? Loaded => _loaded;

    /// <summary>Loads and warms the model; throws <see cref="ServingInputException"/> when it cannot be used.</summary>
    public void Load(Serilog.ILogger log)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var scorer = ModelScorer.Load(model.ModelZip);
        DriftWindow? drift = null;
        if (model.Profile is { } profile)
        {
            try
            {
                drift = new DriftWindow(scorer.Columns, DriftBaseline.Read(profile), driftWindowRows);
                metrics.Watch(drift);
            }
            catch (DataInputException e)
            {
                throw new ServingInputException(e.Message, e);
            }
        }
        else
        {
            log.Warning("No data profile beside the model: the drift gauges are off");
        }

        _loaded = new LoadedModel(scorer, new RecordReader(scorer.Columns), new InferenceRequestReader(scorer.Columns), drift);
        log.Information("Model {Model:l} {Version:l} loaded and warmed in {Milliseconds} ms; scoring with {Method:l}",
            model.Name, model.Version, started.ElapsedMilliseconds, scorer.Method);
    }
}

/// <summary>A loaded model with the readers of its two request formats and its drift window (null without a profile).</summary>
internal sealed record LoadedModel(ModelScorer Scorer, RecordReader Records, InferenceRequestReader Inference, DriftWindow? Drift)
{
    /// <summary>Rows a thread scores at a time: enough to outweigh handing work to another thread.</summary>
    private const int Chunk = 128;

    public Prediction[] Score(List<object?[]> rows)
    {
        var predictions = new Prediction[rows.Count];
        if (rows.Count > Chunk)
        {
            // A big batch on every core, a chunk of rows at a time.
            Parallel.For(0, (rows.Count + Chunk - 1) / Chunk, chunk =>
            {
                var start = chunk * Chunk;
                Scorer.Score(rows, start, predictions.AsSpan(start, Math.Min(Chunk, rows.Count - start)));
            });
        }
        else
        {
            Scorer.Score(rows, 0, predictions);
        }

        Drift?.Add(rows);
        return predictions;
    }
}
