using System.Linq.Expressions;
using System.Reflection;
using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;

namespace Mlops.Serving.Internal;

/// <summary>Scores one row at a time from any thread: PredictionEngine is not thread-safe, so each call borrows one from a pool.</summary>
internal interface IRowScorer
{
    Prediction Score(IReadOnlyList<object?> values);
}

/// <summary>
/// The scorer for one made-at-run-time input type: a pool of prediction engines over the model, and the row's fields
/// set by compiled assignments (reflection per field per request would cost more than the model).
/// </summary>
internal sealed class PooledScorer<TInput> : IRowScorer
    where TInput : class, new()
{
    private readonly ObjectPool<PredictionEngine<TInput, ScoredRow>> _engines;
    private readonly Action<TInput, IReadOnlyList<object?>> _fill;

    public PooledScorer(MLContext ml, ITransformer model)
    {
        _engines = new DefaultObjectPool<PredictionEngine<TInput, ScoredRow>>(
            new EnginePolicy(ml, model), Environment.ProcessorCount * 2);
        _fill = CompileFill();
    }

    public Prediction Score(IReadOnlyList<object?> values)
    {
        var row = new TInput();
        _fill(row, values);
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

    /// <summary>row.C0 = (float)values[0]; row.C1 = (string)values[1]; … in the columns' order.</summary>
    private static Action<TInput, IReadOnlyList<object?>> CompileFill()
    {
        var row = Expression.Parameter(typeof(TInput), "row");
        var values = Expression.Parameter(typeof(IReadOnlyList<object?>), "values");
        var item = typeof(IReadOnlyList<object?>).GetProperty("Item")!;
        var assignments = typeof(TInput).GetFields(BindingFlags.Public | BindingFlags.Instance)
            .OrderBy(f => int.Parse(f.Name[1..], System.Globalization.CultureInfo.InvariantCulture))
            .Select((field, i) => (Expression)Expression.Assign(Expression.Field(row, field),
                Expression.Convert(Expression.Property(values, item, Expression.Constant(i)), field.FieldType)));
        return Expression.Lambda<Action<TInput, IReadOnlyList<object?>>>(Expression.Block(assignments), row, values).Compile();
    }

    private sealed class EnginePolicy(MLContext ml, ITransformer model) : PooledObjectPolicy<PredictionEngine<TInput, ScoredRow>>
    {
        public override PredictionEngine<TInput, ScoredRow> Create() => ml.Model.CreatePredictionEngine<TInput, ScoredRow>(model);

        public override bool Return(PredictionEngine<TInput, ScoredRow> obj) => true;
    }
}
