using System.Text;
using System.Text.Json;

namespace Mlops.Evaluation.Internal;

/// <summary>metrics.json: readable by a person, and by the next job (promotion reads "model" and "metrics").</summary>
internal static class MetricsJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true };

    public static string Render(EvaluationResult result)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("chosen", result.Chosen);
            json.WriteBoolean("passed", result.Passed);
            json.WriteString("failureReason", result.FailureReason);
            json.WriteString("championVerdict", result.ChampionVerdict);
            json.WriteString("selectMetric", result.SelectMetric);
            if (result.ChosenCandidate is { } chosen)
            {
                // The champion file's shape ({"model","metrics"}), so promoting the choice is copying this file.
                json.WriteString("model", chosen.Name);
                WriteMetrics(json, "metrics", chosen.Metrics);
            }

            json.WriteStartArray("candidates");
            foreach (var candidate in result.Candidates)
            {
                WriteCandidate(json, candidate);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteCandidate(Utf8JsonWriter json, CandidateEvaluation candidate)
    {
        json.WriteStartObject();
        json.WriteString("name", candidate.Name);
        json.WriteBoolean("passed", candidate.Passed);
        WriteMetrics(json, "metrics", candidate.Metrics);
        var confusion = candidate.Metrics.Confusion;
        json.WriteStartObject("confusionMatrix");
        json.WriteNumber("truePositives", confusion.TruePositives);
        json.WriteNumber("falsePositives", confusion.FalsePositives);
        json.WriteNumber("trueNegatives", confusion.TrueNegatives);
        json.WriteNumber("falseNegatives", confusion.FalseNegatives);
        json.WriteEndObject();
        json.WriteStartArray("gates");
        foreach (var gate in candidate.Gates)
        {
            json.WriteStartObject();
            json.WriteString("gate", gate.Gate);
            json.WriteString("expected", gate.Expected);
            Number(json, "threshold", gate.Threshold);
            Number(json, "observed", gate.Observed);
            json.WriteBoolean("passed", gate.Passed);
            json.WriteString("note", gate.Note);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("slices");
        foreach (var column in candidate.Metrics.Slices)
        {
            WriteSlices(json, column);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteSlices(Utf8JsonWriter json, SliceColumnMetrics column)
    {
        json.WriteStartObject();
        json.WriteString("column", column.Column);
        json.WriteNumber("minRows", column.MinRows);
        json.WriteStartArray("values");
        foreach (var slice in column.Values)
        {
            json.WriteStartObject();
            json.WriteString("value", slice.Value);
            json.WriteNumber("rows", slice.Rows);
            foreach (var metric in MetricName.All)
            {
                Number(json, metric, slice.Metric(metric));
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("largestGaps");
        foreach (var gap in column.Gaps)
        {
            json.WriteStartObject();
            json.WriteString("metric", gap.Metric);
            json.WriteNumber("gap", gap.Gap);
            json.WriteString("highestValue", gap.HighestValue);
            json.WriteNumber("highest", gap.Highest);
            json.WriteString("lowestValue", gap.LowestValue);
            json.WriteNumber("lowest", gap.Lowest);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteMetrics(Utf8JsonWriter json, string name, CandidateMetrics metrics)
    {
        json.WriteStartObject(name);
        foreach (var metric in MetricName.All)
        {
            Number(json, metric, metrics.Metric(metric));
        }

        json.WriteNumber("rows", metrics.Rows);
        json.WriteEndObject();
    }

    // JSON has no NaN: an undefined metric is null.
    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number && !double.IsNaN(number) && !double.IsInfinity(number))
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
