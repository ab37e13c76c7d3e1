using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;

namespace Mlops.Serving.Internal;

/// <summary>
/// The scorer for any model: PredictionEngine is not thread-safe, so each call borrows one from a pool. Rows are of a
/// type made at run time (<see cref="InputRowType"/>).
/// </summary>
internal sealed class PooledScorer<TInput> : IRowScorer
    where TInput : class, new()
{
    private readonly ObjectPool<PredictionEngine<TInput, ScoredRow>> _engines;

    public PooledScorer(MLContext ml, ITransformer model)
    {
        _engines = new DefaultObjectPool<PredictionEngine<TInput, ScoredRow>>(
            new EnginePolicy(ml, model), Environment.ProcessorCount * 2);
    }

    public Prediction Score(IReadOnlyList<object?> values)
    {
        var row = new TInput();
        RowFill<TInput>.Fill(row, values);
        var engine = _engines.Get();
        try
        {
            var scored = engine.Predict(row);
            return new Prediction(scored.Probability, scored.PredictedLabel);
        }
        finally
        {
            _engines.Return(engine);
        }
    }

    public void Score(IReadOnlyList<object?[]> rows, int start, Span<Prediction> predictions)
    {
        for (var i = 0; i < predictions.Length; i++)
        {
            predictions[i] = Score(rows[start + i]);
        }
    }

    private sealed class EnginePolicy(MLContext ml, ITransformer model) : PooledObjectPolicy<PredictionEngine<TInput, ScoredRow>>
    {
        public override PredictionEngine<TInput, ScoredRow> Create() => ml.Model.CreatePredictionEngine<TInput, ScoredRow>(model);

        public override bool Return(PredictionEngine<TInput, ScoredRow> obj) => true;
    }
}
