using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace Mlops.Serving.Internal;

/// <summary>
/// Scores a LightGbm or FastTree binary classifier from its trees directly (<see cref="QuickScorerEnsemble"/>): the same probabilities as ML.NET to
/// the bit (the tests compare every test row), at several times the rows per second, because PredictionEngine's cost
/// per row is its cursor machinery, not the trees. Used only when the model is exactly such a pipeline.
/// </summary>
internal sealed class TreeEnsembleScorer(FeatureLayout layout, QuickScorerEnsemble trees, PlattCalibrator calibrator, float threshold) : IRowScorer
{
    public Prediction Score(IReadOnlyList<object?> values)
    {
        Span<float> features = layout.Length <= 1024 ? stackalloc float[layout.Length] : new float[layout.Length];
        layout.Fill(values, features);
        return Predicted(trees.Output(features));
    }

    public void Score(IReadOnlyList<object?[]> rows, int start, Span<Prediction> predictions)
    {
        Span<float> features = layout.Length <= 1024 ? stackalloc float[layout.Length] : new float[layout.Length];
        for (var r = 0; r < predictions.Length; r++)
        {
            layout.Fill(rows[start + r], features);
            predictions[r] = Predicted(trees.Output(features));
        }
    }

    /// <summary>As ML.NET: the sum as a float score, the class when it is above the threshold, Platt's probability.</summary>
    private Prediction Predicted(double sum)
    {
        var score = (float)sum;
        return new Prediction(calibrator.PredictProbability(score), score > threshold);
    }

    /// <summary>
    /// The scorer, or null when the model is not a featurization followed by calibrated boosted trees, or when it does
    /// not give the <paramref name="reference"/> scorer's answers on records mixing every known value.
    /// </summary>
    public static TreeEnsembleScorer? TryCreate(MLContext ml, ITransformer model, DataViewSchema inputSchema, IReadOnlyList<ModelColumn> columns, Type rowType, IRowScorer reference)
    {
        if (model is not TransformerChain<ITransformer> chain || chain.LastTransformer is not { } last
            || Predictor(last) is not var (featuresColumn, ensemble, calibrator, threshold))
        {
            return null;
        }

        if (QuickScorerEnsemble.From(ensemble) is not { } trees)
        {
            return null;
        }

        var featurizer = new TransformerChain<ITransformer>([.. chain.Take(chain.Count() - 1)]);
        var featurized = featurizer.GetOutputSchema(inputSchema);
        var vocabulary = featurized.Where(c => c.Name != featuresColumn).SelectMany(SlotNames).Distinct(StringComparer.Ordinal).ToList();
        var probe = (IFeatureProbe)Activator.CreateInstance(typeof(FeatureProbe<>).MakeGenericType(rowType), ml, featurizer, featuresColumn)!;
        if (FeatureLayout.Learn(columns, vocabulary, probe) is not { } layout || trees.FeatureCount > layout.Length)
        {
            return null;
        }

        var scorer = new TreeEnsembleScorer(layout, trees, calibrator, threshold);
        return FeatureLayout.MixedRecords(columns, vocabulary).All(record => scorer.Score(record) == reference.Score(record)) ? scorer : null;
    }

    private static (string Features, RegressionTreeEnsemble Trees, PlattCalibrator Calibrator, float Threshold)? Predictor(ITransformer last) =>
        (last, Threshold(last)) switch
        {
            (BinaryPredictionTransformer<CalibratedModelParametersBase<LightGbmBinaryModelParameters, PlattCalibrator>> lightGbm, float threshold) =>
                (lightGbm.FeatureColumnName, lightGbm.Model.SubModel.TrainedTreeEnsemble, lightGbm.Model.Calibrator, threshold),
            (BinaryPredictionTransformer<CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>> fastTree, float threshold) =>
                (fastTree.FeatureColumnName, fastTree.Model.SubModel.TrainedTreeEnsemble, fastTree.Model.Calibrator, threshold),
            _ => null,
        };

    /// <summary>
    /// The score above which the class is positive: ML.NET keeps it in a field it does not make public (0 unless the
    /// model's threshold was changed). Where a later ML.NET renames it, the model is scored the general way instead.
    /// </summary>
    private static float? Threshold(ITransformer last) =>
        last.GetType().GetField("Threshold", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic)
            ?.GetValue(last) as float?;

    private static IEnumerable<string> SlotNames(DataViewSchema.Column column)
    {
        if (column.Type is not VectorDataViewType || !column.HasSlotNames())
        {
            return [];
        }

        var names = default(VBuffer<ReadOnlyMemory<char>>);
        column.GetSlotNames(ref names);
        return names.DenseValues().Select(name => name.ToString());
    }
}
