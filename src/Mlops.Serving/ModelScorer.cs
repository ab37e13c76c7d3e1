using Microsoft.ML;
using Microsoft.ML.Data;
using Mlops.Serving.Internal;

namespace Mlops.Serving;

/// <summary>
/// A trained model.zip ready to score records from many threads: its inputs as the model itself declares them (the
/// raw CSV columns: numbers as Single, categories as text), and one prediction per record.
/// </summary>
public sealed class ModelScorer
{
    private readonly IRowScorer _scorer;

    private ModelScorer(string path, IReadOnlyList<ModelColumn> columns, IRowScorer scorer)
    {
        ModelPath = path;
        Columns = columns;
        _scorer = scorer;
    }

    public string ModelPath { get; }

    /// <summary>How records are scored, for the log: boosted trees scored directly, or ML.NET's prediction engines.</summary>
    public string Method => _scorer is TreeEnsembleScorer ? "its trees scored directly" : "ML.NET prediction engines";

    /// <summary>The model's inputs in the order <see cref="Score(IReadOnlyList{object?})"/> takes their values.</summary>
    public IReadOnlyList<ModelColumn> Columns { get; }

    /// <summary>Loads the model; a missing file or one that is not an ML.NET binary classifier is a one-line error naming it.</summary>
    public static ModelScorer Load(string modelZip)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelZip);
        if (!File.Exists(modelZip))
        {
            throw new ServingInputException($"{modelZip}: no model there; run ./build.sh Evaluate first.");
        }

        var ml = new MLContext(seed: 1);
        ITransformer model;
        DataViewSchema inputSchema;
        try
        {
            model = ml.Model.Load(modelZip, out inputSchema);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ServingInputException($"{modelZip}: not an ML.NET model: {e.Message.Split('\n')[0]}", e);
        }

        // The saved input schema is the training data's, label included; scoring needs no label, and a record leaves it out.
        var columns = inputSchema.Where(c => !c.IsHidden && c.Type != BooleanDataViewType.Instance).Select(c => new ModelColumn(c.Name,
            c.Type == NumberDataViewType.Single ? ModelColumnKind.Number
            : c.Type is TextDataViewType ? ModelColumnKind.Category
            : throw new ServingInputException($"{modelZip}: input '{c.Name}' is {c.Type}; a record can give numbers and text only."))).ToList();
        var rowType = InputRowType.Create(columns);
        IRowScorer scorer;
        try
        {
            // The same probabilities either way; scoring the trees directly is several times faster where the model allows it.
            var engines = (IRowScorer)Activator.CreateInstance(typeof(PooledScorer<>).MakeGenericType(rowType), ml, model)!;
            scorer = TreeEnsembleScorer.TryCreate(ml, model, inputSchema, columns, rowType, reference: engines) ?? engines;
            scorer.Score([.. columns.Select(c => c.Kind == ModelColumnKind.Number ? (object)0f : "")]); // fails now, not on a request
        }
        catch (Exception e) when (e is System.Reflection.TargetInvocationException or ArgumentException or InvalidOperationException)
        {
            var reason = (e.InnerException ?? e).Message.Split('\n')[0];
            throw new ServingInputException($"{modelZip}: cannot score with it (a binary classifier is needed): {reason}", e);
        }

        return new ModelScorer(modelZip, columns, scorer);
    }

    /// <summary>
    /// Rows start … start + predictions.Length − 1 of <paramref name="rows"/> (each as <see cref="Score(IReadOnlyList{object?})"/>
    /// takes it), into <paramref name="predictions"/>: several rows at once score faster than one by one.
    /// </summary>
    public void Score(IReadOnlyList<object?[]> rows, int start, Span<Prediction> predictions)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + predictions.Length, rows.Count, nameof(predictions));
        for (var i = start; i < start + predictions.Length; i++)
        {
            if (rows[i].Length != Columns.Count)
            {
                throw new ArgumentException($"Row {i} has {rows[i].Length} values; the model takes {Columns.Count}.", nameof(rows));
            }
        }

        _scorer.Score(rows, start, predictions);
    }

    /// <summary>One record's values in <see cref="Columns"/> order: a float for a number, a string for a category.</summary>
    public Prediction Score(IReadOnlyList<object?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.Count == Columns.Count
            ? _scorer.Score(values)
            : throw new ArgumentException($"The model takes {Columns.Count} values, not {values.Count}.", nameof(values));
    }
}
