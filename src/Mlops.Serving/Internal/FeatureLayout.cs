namespace Mlops.Serving.Internal;

/// <summary>
/// How a record becomes the model's feature vector when the featurization is the one our trainers' pipeline makes:
/// each number copied into one slot, each known category setting its indicator slots to 1, an unknown category
/// setting none. Learned by asking the model's own featurization (never by assuming column names), and checked on
/// mixed records before it is trusted; anything else (scaling, hashing, text) is not this layout.
/// </summary>
internal sealed class FeatureLayout
{
    /// <summary>A category no vocabulary holds: what a record with none of the known values looks like.</summary>
    private const string Unknown = "\u0000unknown";

    private readonly float[] _empty;
    private readonly int[] _numberSlots;
    private readonly Dictionary<string, int[]>?[] _categorySlots;

    private FeatureLayout(float[] empty, int[] numberSlots, Dictionary<string, int[]>?[] categorySlots)
    {
        _empty = empty;
        _numberSlots = numberSlots;
        _categorySlots = categorySlots;
    }

    public int Length => _empty.Length;

    public void Fill(IReadOnlyList<object?> values, Span<float> features)
    {
        _empty.CopyTo(features);
        for (var c = 0; c < _numberSlots.Length; c++)
        {
            if (_categorySlots[c] is { } categories)
            {
                if (categories.TryGetValue(values[c] as string ?? "", out var slots))
                {
                    foreach (var slot in slots)
                    {
                        features[slot] = 1f;
                    }
                }
            }
            else
            {
                features[_numberSlots[c]] = (float)values[c]!;
            }
        }
    }

    /// <summary>The layout, or null when the featurization does something else to a record.</summary>
    /// <param name="vocabulary">Every category value the model might know (the slot names of its encoded columns).</param>
    public static FeatureLayout? Learn(IReadOnlyList<ModelColumn> columns, IReadOnlyCollection<string> vocabulary, IFeatureProbe probe)
    {
        // One batch: the empty record, each number alone (twice, to tell a copy from a scaling), each value of each category alone.
        var empty = columns.Select(c => c.Kind == ModelColumnKind.Number ? (object?)0f : Unknown).ToArray();
        var records = new List<object?[]> { empty };
        for (var c = 0; c < columns.Count; c++)
        {
            IEnumerable<object> values = columns[c].Kind == ModelColumnKind.Number ? [1f, 3f] : vocabulary;
            foreach (var value in values)
            {
                var record = (object?[])empty.Clone();
                record[c] = value;
                records.Add(record);
            }
        }

        var features = probe.Features(records);
        var baseline = features[0];
        var numberSlots = new int[columns.Count];
        var categorySlots = new Dictionary<string, int[]>?[columns.Count];
        var next = 1;
        for (var c = 0; c < columns.Count; c++)
        {
            if (columns[c].Kind == ModelColumnKind.Number)
            {
                var (oneVector, threeVector) = (features[next], features[next + 1]);
                next += 2;
                var one = Changed(baseline, oneVector);
                if (one.Length != 1 || !Changed(baseline, threeVector).SequenceEqual(one)
                    || baseline[one[0]] != 0f || oneVector[one[0]] != 1f || threeVector[one[0]] != 3f)
                {
                    return null;
                }

                numberSlots[c] = one[0];
                continue;
            }

            var slotsByValue = new Dictionary<string, int[]>(StringComparer.Ordinal);
            foreach (var value in vocabulary)
            {
                var vector = features[next++];
                var changed = Changed(baseline, vector);
                if (changed.Any(slot => baseline[slot] != 0f || vector[slot] != 1f))
                {
                    return null;
                }

                if (changed.Length > 0)
                {
                    slotsByValue[value] = changed;
                }
            }

            categorySlots[c] = slotsByValue;
        }

        var layout = new FeatureLayout(baseline, numberSlots, categorySlots);
        return layout.Agrees(columns, vocabulary, probe) ? layout : null;
    }

    /// <summary>64 records mixing every column's values at once (numbers of both signs, known and unknown categories).</summary>
    public static List<object?[]> MixedRecords(IReadOnlyList<ModelColumn> columns, IReadOnlyCollection<string> vocabulary)
    {
        var values = vocabulary.Append(Unknown).ToArray();
        return [.. Enumerable.Range(0, 64).Select(r => columns.Select((column, c) => column.Kind == ModelColumnKind.Number
            ? (object?)((r * 7.25f) - (c * 13.5f))
            : values[((r * 31) + (c * 17)) % values.Length]).ToArray())];
    }

    /// <summary>Mixed records give the same vectors as the featurization: the slots do not interact.</summary>
    private bool Agrees(IReadOnlyList<ModelColumn> columns, IReadOnlyCollection<string> vocabulary, IFeatureProbe probe)
    {
        var records = MixedRecords(columns, vocabulary);
        var expected = probe.Features(records);
        var vector = new float[Length];
        for (var r = 0; r < records.Count; r++)
        {
            Fill(records[r], vector);
            if (!vector.AsSpan().SequenceEqual(expected[r]))
            {
                return false;
            }
        }

        return true;
    }

    private static int[] Changed(float[] baseline, float[] vector) =>
        [.. Enumerable.Range(0, baseline.Length).Where(i => vector[i] != baseline[i])];
}
