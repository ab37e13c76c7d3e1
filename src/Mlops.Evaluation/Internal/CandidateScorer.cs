using Microsoft.ML;
using Microsoft.ML.Data;

namespace Mlops.Evaluation.Internal;

/// <summary>
/// Loads a candidate's model.zip, reads the test CSV with the model's own input schema (columns matched to the header
/// by name), scores it, and returns ML.NET's metrics with the per-row predictions that slices and curves need.
/// </summary>
internal sealed class CandidateScorer(MLContext ml, EvaluationConfig config, TestCsv testCsv)
{
    // Extra names for the label and slice columns, read again from their CSV positions: the model's pipeline may
    // replace a column of the same name (one-hot encoding does), and these names cannot collide with its inputs.
    private const string LabelAlias = "Evaluation.Label";
    private const string SlicePrefix = "Evaluation.Slice.";

    public (ScoredRows Rows, CalibratedBinaryClassificationMetrics Metrics) Score(CandidateModel candidate)
    {
        var (model, inputSchema) = Load(candidate);
        var loader = ml.Data.CreateTextLoader(new TextLoader.Options
        {
            HasHeader = true,
            Separators = [','],
            AllowQuoting = true,
            Columns = [.. Columns(candidate, inputSchema)],
        });
        var scored = Transform(candidate, model, loader.Load(testCsv.Path));
        var rows = Read(scored);
        var classes = rows.Labels.Distinct().Count();
        if (classes < 2)
        {
            throw new EvaluationInputException(
                $"{testCsv.Path}: column '{config.Label}' holds one class only; AUC and recall need both 0 and 1.");
        }

        var metrics = ml.BinaryClassification.Evaluate(scored, LabelAlias, "Score", "Probability", "PredictedLabel");
        return (rows, metrics);
    }

    private (ITransformer Model, DataViewSchema InputSchema) Load(CandidateModel candidate)
    {
        if (!File.Exists(candidate.ModelPath))
        {
            throw new EvaluationInputException($"{candidate.ModelPath}: the model of candidate {candidate.Name} does not exist.");
        }

        try
        {
            var model = ml.Model.Load(candidate.ModelPath, out var inputSchema);
            return (model, inputSchema);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new EvaluationInputException(
                $"{candidate.ModelPath}: not an ML.NET model (candidate {candidate.Name}): {FirstLine(e.Message)}", e);
        }
    }

    private IEnumerable<TextLoader.Column> Columns(CandidateModel candidate, DataViewSchema inputSchema)
    {
        foreach (var column in inputSchema.Where(c => !c.IsHidden))
        {
            var kind = Kind(column.Type) ?? throw new EvaluationInputException(
                $"{candidate.ModelPath}: input column '{column.Name}' is {column.Type}, which one CSV column cannot fill.");
            var neededBy = $"candidate {candidate.Name} needs as input ({candidate.ModelPath})";
            yield return new TextLoader.Column(column.Name, kind, testCsv.IndexOf(column.Name, neededBy));
        }

        yield return new TextLoader.Column(LabelAlias, DataKind.Boolean,
            testCsv.IndexOf(config.Label, $"is the label in {config.Source}"));
        foreach (var slice in config.Slices?.Columns ?? [])
        {
            yield return new TextLoader.Column(SlicePrefix + slice, DataKind.String,
                testCsv.IndexOf(slice, $"slices.columns in {config.Source} names"));
        }
    }

    private IDataView Transform(CandidateModel candidate, ITransformer model, IDataView data)
    {
        IDataView scored;
        try
        {
            scored = model.Transform(data);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException)
        {
            throw new EvaluationInputException(
                $"{candidate.ModelPath}: cannot score {testCsv.Path} (candidate {candidate.Name}): {FirstLine(e.Message)}", e);
        }

        foreach (var (name, type) in new (string, DataViewType)[]
        {
            ("PredictedLabel", BooleanDataViewType.Instance),
            ("Score", NumberDataViewType.Single),
            ("Probability", NumberDataViewType.Single),
        })
        {
            var column = scored.Schema.GetColumnOrNull(name);
            if (column is null || !column.Value.Type.Equals(type))
            {
                throw new EvaluationInputException(
                    $"{candidate.ModelPath}: the model's output has no {type} column '{name}' (candidate {candidate.Name}); " +
                    "evaluation needs a calibrated binary classifier.");
            }
        }

        return scored;
    }

    private ScoredRows Read(IDataView scored)
    {
        var schema = scored.Schema;
        var sliceColumns = config.Slices?.Columns ?? [];
        var wanted = new[] { schema[LabelAlias], schema["Probability"], schema["PredictedLabel"] }
            .Concat(sliceColumns.Select(c => schema[SlicePrefix + c]));
        var (labels, probabilities, predicted) = (new List<bool>(), new List<float>(), new List<bool>());
        var slices = sliceColumns.ToDictionary(c => c, _ => new List<string>(), StringComparer.Ordinal);
        try
        {
            using var cursor = scored.GetRowCursor(wanted);
            var label = cursor.GetGetter<bool>(schema[LabelAlias]);
            var probability = cursor.GetGetter<float>(schema["Probability"]);
            var predictedLabel = cursor.GetGetter<bool>(schema["PredictedLabel"]);
            var sliceValues = sliceColumns.Select(c => (c, cursor.GetGetter<ReadOnlyMemory<char>>(schema[SlicePrefix + c]))).ToList();
            bool b = default;
            float f = default;
            ReadOnlyMemory<char> text = default;
            while (cursor.MoveNext())
            {
                label(ref b);
                labels.Add(b);
                probability(ref f);
                probabilities.Add(f);
                predictedLabel(ref b);
                predicted.Add(b);
                foreach (var (column, getter) in sliceValues)
                {
                    getter(ref text);
                    slices[column].Add(text.ToString());
                }
            }
        }
        catch (Exception e) when (ParseFailure(e) is { } parse)
        {
            // ML.NET says "Could not parse value x in line 6, column Evaluation.Label", wrapped once or twice by its
            // reader threads: name the file and the real column instead.
            var reason = FirstLine(parse.Message).Replace(LabelAlias, config.Label, StringComparison.Ordinal);
            throw new EvaluationInputException($"{testCsv.Path}: {reason}", e);
        }

        return new ScoredRows([.. labels], [.. probabilities], [.. predicted],
            slices.ToDictionary(s => s.Key, s => s.Value.ToArray(), StringComparer.Ordinal));
    }

    private static DataKind? Kind(DataViewType type) => type.RawType switch
    {
        var t when t == typeof(float) => DataKind.Single,
        var t when t == typeof(double) => DataKind.Double,
        var t when t == typeof(bool) => DataKind.Boolean,
        var t when t == typeof(int) => DataKind.Int32,
        var t when t == typeof(long) => DataKind.Int64,
        var t when t == typeof(ReadOnlyMemory<char>) => DataKind.String,
        _ => null,
    };

    private static Exception? ParseFailure(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e.Message.StartsWith("Could not parse value", StringComparison.Ordinal))
            {
                return e;
            }
        }

        return null;
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
