using System.Numerics;
using Microsoft.ML.Trainers.FastTree;

namespace Mlops.Serving.Internal;

/// <summary>
/// A tree ensemble scored the QuickScorer way (Lucchese et al., SIGIR 2015): each tree's leaves are bits of a mask,
/// left to right; a split that sends the row right rules out the leaves on its left, so the row's leaf in each tree is
/// the lowest bit still set. The splits are visited feature by feature in threshold order, stopping at the first one
/// the row does not pass — a few sequential reads and no data-dependent branches per split, where walking trees node
/// by node mispredicts about every other branch. Splits behave as ML.NET's (left when the value is at most the
/// threshold, so NaN goes right) and the leaves are summed in tree order in double, so each sum is the same to the bit.
/// </summary>
internal sealed class QuickScorerEnsemble
{
    private readonly int[] _featureStarts;
    private readonly float[] _thresholds;
    private readonly int[] _trees;
    private readonly ulong[] _masks;
    private readonly ulong[] _allLeaves;
    private readonly int[] _firstLeaves;
    private readonly double[] _leafValues;

    private QuickScorerEnsemble(int[] featureStarts, float[] thresholds, int[] trees, ulong[] masks, ulong[] allLeaves, double[][] leafValues)
    {
        (_featureStarts, _thresholds, _trees, _masks, _allLeaves) = (featureStarts, thresholds, trees, masks, allLeaves);
        // Every tree's leaves in one array, so a leaf is one read away.
        _firstLeaves = new int[leafValues.Length];
        for (var t = 1; t < leafValues.Length; t++)
        {
            _firstLeaves[t] = _firstLeaves[t - 1] + leafValues[t - 1].Length;
        }

        _leafValues = [.. leafValues.SelectMany(values => values)];
    }

    /// <summary>One more than the highest feature index a split reads.</summary>
    public int FeatureCount => _featureStarts.Length - 1;

    /// <summary>
    /// The ensemble, or null when it is not what our trainers make: a tree splitting on categories or with more than 64
    /// leaves, weighted trees, a bias.
    /// </summary>
    public static QuickScorerEnsemble? From(RegressionTreeEnsemble ensemble)
    {
        var trees = ensemble.Trees;
        if (ensemble.Bias != 0 || ensemble.TreeWeights.Any(w => w != 1)
            || trees.Any(t => t.NumberOfLeaves > 64 || t.CategoricalSplitFlags.Any(flag => flag)))
        {
            return null;
        }

        var splits = new List<(int Feature, float Threshold, int Tree, ulong Mask)>();
        var leafValues = new double[trees.Count][];
        var allLeaves = new ulong[trees.Count];
        for (var t = 0; t < trees.Count; t++)
        {
            var tree = trees[t];
            var order = LeavesLeftToRight(tree);
            leafValues[t] = [.. order.Select(leaf => tree.LeafValues[leaf])];
            allLeaves[t] = order.Count == 64 ? ulong.MaxValue : (1UL << order.Count) - 1;
            for (var node = 0; node < tree.NumberOfNodes; node++)
            {
                var ruledOut = LeavesUnder(tree, tree.LeftChild[node]).Aggregate(0UL, (mask, leaf) => mask | (1UL << order.IndexOf(leaf)));
                splits.Add((tree.NumericalSplitFeatureIndexes[node], tree.NumericalSplitThresholds[node], t, ~ruledOut));
            }
        }

        // Sorted by feature, then threshold (then tree, so equal thresholds keep one order from run to run).
        splits.Sort((a, b) => (a.Feature, a.Threshold, a.Tree).CompareTo((b.Feature, b.Threshold, b.Tree)));
        var featureCount = splits.Count == 0 ? 0 : splits[^1].Feature + 1;
        var starts = new int[featureCount + 1];
        foreach (var split in splits)
        {
            starts[split.Feature + 1]++;
        }

        for (var f = 0; f < featureCount; f++)
        {
            starts[f + 1] += starts[f];
        }

        return new QuickScorerEnsemble(starts, [.. splits.Select(s => s.Threshold)], [.. splits.Select(s => s.Tree)],
            [.. splits.Select(s => s.Mask)], allLeaves, leafValues);
    }

    public double Output(ReadOnlySpan<float> features)
    {
        Span<ulong> leaves = _allLeaves.Length <= 1024 ? stackalloc ulong[_allLeaves.Length] : new ulong[_allLeaves.Length];
        _allLeaves.CopyTo(leaves);
        for (var f = 0; f < FeatureCount; f++)
        {
            var value = features[f];
            var (i, end) = (_featureStarts[f], _featureStarts[f + 1]);
            if (float.IsNaN(value))
            {
                // NaN is never at most a threshold: every split on it goes right.
                for (; i < end; i++)
                {
                    leaves[_trees[i]] &= _masks[i];
                }

                continue;
            }

            for (; i < end && _thresholds[i] < value; i++)
            {
                leaves[_trees[i]] &= _masks[i];
            }
        }

        var sum = 0.0;
        for (var t = 0; t < leaves.Length; t++)
        {
            sum += _leafValues[_firstLeaves[t] + BitOperations.TrailingZeroCount(leaves[t])];
        }

        return sum;
    }

    /// <summary>ML.NET's leaf numbers (node ~k is leaf k) in the order the leaves stand from left to right.</summary>
    private static List<int> LeavesLeftToRight(RegressionTree tree) => [.. LeavesUnder(tree, tree.NumberOfNodes == 0 ? ~0 : 0)];

    private static IEnumerable<int> LeavesUnder(RegressionTree tree, int node) => node < 0
        ? [~node]
        : LeavesUnder(tree, tree.LeftChild[node]).Concat(LeavesUnder(tree, tree.RightChild[node]));
}
