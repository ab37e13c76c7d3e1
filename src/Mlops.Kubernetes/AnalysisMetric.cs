using System.Text.Json.Nodes;
using Mlops.Kubernetes.Internal;

namespace Mlops.Kubernetes;

/// <summary>
/// One metric of an AnalysisTemplate, measured by Prometheus: where and what it queries (with <c>{{args.…}}</c> filled
/// once <see cref="AnalysisTemplate.Resolve"/> made it), and the conditions that judge each measurement.
/// </summary>
public sealed class AnalysisMetric
{
    private readonly AnalysisCondition? _success;
    private readonly AnalysisCondition? _failure;

    private AnalysisMetric(JsonObject json, string name, string address, string query, AnalysisCondition? success, AnalysisCondition? failure)
    {
        Json = json;
        Name = name;
        Address = address;
        Query = query;
        _success = success;
        _failure = failure;
    }

    public string Name { get; }

    /// <summary>provider.prometheus.address: the Prometheus the measurement asks.</summary>
    public string Address { get; }

    /// <summary>provider.prometheus.query: the PromQL of each measurement, an instant query.</summary>
    public string Query { get; }

    public string? SuccessCondition => _success?.Text;

    public string? FailureCondition => _failure?.Text;

    /// <summary>The metric as the template holds it, which arguments are filled into.</summary>
    internal JsonObject Json { get; }

    /// <summary>
    /// The phase Argo Rollouts (v1.9, utils/evaluate.EvaluateResult) gives a measurement whose query answered the
    /// vector <paramref name="result"/> (empty when no series matched). Both conditions are evaluated; the failure
    /// condition wins when both hold; with only one of them given, the other is its negation; with neither, every
    /// measurement passes. Neither holding is Inconclusive, which is how the templates here keep "no data" from passing.
    /// </summary>
    public AnalysisPhase Evaluate(IReadOnlyList<double> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var success = _success?.Evaluate(result);
        var failure = _failure?.Evaluate(result);
        if ((_success is not null && success is null) || (_failure is not null && failure is null))
        {
            return AnalysisPhase.Error;
        }

        var (succeeded, failed) = (success, failure) switch
        {
            (null, null) => (true, false),
            ({ } s, null) => (s, !s),
            (null, { } f) => (!f, f),
            ({ } s, { } f) => (s, f),
        };
        return failed ? AnalysisPhase.Failed : succeeded ? AnalysisPhase.Successful : AnalysisPhase.Inconclusive;
    }

    /// <summary>Reads one entry of spec.metrics; what it lacks, or a condition outside the grammar, is a <see cref="FormatException"/>.</summary>
    internal static AnalysisMetric Read(JsonObject json)
    {
        var name = Text(json["name"], "name") ?? throw new FormatException("has no name");
        var prometheus = json["provider"]?["prometheus"] as JsonObject
            ?? throw new FormatException("has no provider.prometheus; only Prometheus metrics are read");
        return new AnalysisMetric(json, name,
            Text(prometheus["address"], "provider.prometheus.address") ?? throw new FormatException("has no provider.prometheus.address"),
            Text(prometheus["query"], "provider.prometheus.query") ?? throw new FormatException("has no provider.prometheus.query"),
            Condition(Text(json["successCondition"], "successCondition"), "successCondition"),
            Condition(Text(json["failureCondition"], "failureCondition"), "failureCondition"));
    }

    private static string? Text(JsonNode? node, string field) => node switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => throw new FormatException($"{field} must be a string"),
    };

    private static AnalysisCondition? Condition(string? text, string field)
    {
        try
        {
            // Argo takes an empty condition for none.
            return text is null or "" ? null : AnalysisCondition.Parse(text);
        }
        catch (FormatException e)
        {
            throw new FormatException($"{field} {e.Message}", e);
        }
    }
}
