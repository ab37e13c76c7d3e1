using Mlops.Testing;

namespace Mlops.Kubernetes.Tests;

/// <summary>
/// A measurement's phase as Argo Rollouts (v1.9, utils/evaluate) gives it: the repository's conditions on the values a
/// Prometheus query can answer, and the rules for one, both or neither condition.
/// </summary>
public sealed class JudgingAMeasurement
{
    private static readonly AnalysisTemplate Repository = AnalysisTemplate.Read(RepositoryRoot.File("k8s/rollouts/analysistemplate.yaml"));

    public static TheoryData<string, double[], AnalysisPhase> RepositoryMeasurements => new()
    {
        { "success-rate", [0.97], AnalysisPhase.Successful },
        { "success-rate", [0.95], AnalysisPhase.Successful },
        { "success-rate", [0.9499], AnalysisPhase.Failed },
        { "success-rate", [0], AnalysisPhase.Failed },
        // No series matched (no traffic, a wrong label): nothing is proven, so no verdict, never a pass.
        { "success-rate", [], AnalysisPhase.Inconclusive },
        // The series exist but did not move in the window: 0/0.
        { "success-rate", [double.NaN], AnalysisPhase.Inconclusive },
        { "latency-p99", [0.012], AnalysisPhase.Successful },
        { "latency-p99", [0.5], AnalysisPhase.Failed },
        // A p99 above the largest bucket: histogram_quantile answers +Inf, which must fail.
        { "latency-p99", [double.PositiveInfinity], AnalysisPhase.Failed },
        { "latency-p99", [], AnalysisPhase.Inconclusive },
        { "latency-p99", [double.NaN], AnalysisPhase.Inconclusive },
    };

    [Theory]
    [MemberData(nameof(RepositoryMeasurements))]
    public void The_repository_s_conditions_pass_fail_or_give_no_verdict(string metric, double[] result, AnalysisPhase phase) =>
        Assert.Equal(phase, Repository.Metrics.Single(m => m.Name == metric).Evaluate(result));

    [Theory]
    [InlineData("result[0] > 1", "result[0] > 0", 2.0, AnalysisPhase.Failed)] // both hold: the failure condition wins
    [InlineData("result[0] > 1", null, 2.0, AnalysisPhase.Successful)]
    [InlineData("result[0] > 1", null, 0.5, AnalysisPhase.Failed)] // only a success condition: not holding is failing
    [InlineData(null, "result[0] > 1", 0.5, AnalysisPhase.Successful)] // only a failure condition: not holding is passing
    [InlineData(null, "result[0] > 1", 2.0, AnalysisPhase.Failed)]
    [InlineData(null, null, 0.5, AnalysisPhase.Successful)]
    [InlineData("", "", 0.5, AnalysisPhase.Successful)] // an empty condition is none, as Argo reads it
    [InlineData("result[0] >= 1", "result[0] <= 0", 0.5, AnalysisPhase.Inconclusive)]
    [InlineData("isNaN(result[0])", null, double.NaN, AnalysisPhase.Successful)]
    [InlineData("len(result) >= 1 && result[0] < 1", null, 0.5, AnalysisPhase.Successful)]
    public void One_both_or_neither_condition_decide_as_argo_decides(string? success, string? failure, double value, AnalysisPhase phase) =>
        Assert.Equal(phase, Metric(success, failure).Evaluate([value]));

    [Fact]
    public void Reading_past_the_end_of_the_result_is_an_error_unless_an_earlier_term_already_failed()
    {
        Assert.Equal(AnalysisPhase.Error, Metric("result[0] >= 0.95", null).Evaluate([]));
        Assert.Equal(AnalysisPhase.Error, Metric("result[1] >= 0.95", null).Evaluate([1]));
        Assert.Equal(AnalysisPhase.Failed, Metric("len(result) > 0 && result[0] >= 0.95", null).Evaluate([]));
    }

    [Theory]
    [InlineData("result[0] >= 0.95 || len(result) == 0", "'|' at character 19")]
    [InlineData("result[0] == 1", "'=' at character 11")]
    [InlineData("not isNaN(result[0])", "'not' (token 1)")]
    [InlineData("asFloat(result[0]) > 0.5", "'asFloat' (token 1)")]
    [InlineData("result[-1] > 0.5", "'-' at character 8")]
    [InlineData("(result[0] > 0.5)", "'(' (token 1)")]
    [InlineData("!(result[0] > 0.5)", "'(' (token 2)")]
    [InlineData("result[0] > 0.5 &&", "its end")]
    [InlineData("result[0] > 1.2.3", "'1.2.3' (token 6)")]
    [InlineData("result[0] > {{args.threshold}}", "'{' at character 13")]
    public void A_condition_outside_the_grammar_is_refused_naming_it_and_where(string condition, string where)
    {
        var message = Assert.Throws<ManifestException>(() => Metric(condition, null)).Message;

        Assert.Equal($"t.yaml: AnalysisTemplate t: metrics[0] m: successCondition '{condition}' leaves the grammar this evaluator knows at {where}; " +
            "it reads only terms joined by &&, each len(result) OP N, isNaN(result[I]), !isNaN(result[I]) or result[I] OP N, with OP one of < <= > >=.",
            message);
    }

    private static AnalysisMetric Metric(string? success, string? failure)
    {
        string Field(string name, string? condition) => condition is null ? "" : $"\n      {name}: {System.Text.Json.JsonSerializer.Serialize(condition)}";
        var yaml = "apiVersion: argoproj.io/v1alpha1\nkind: AnalysisTemplate\nmetadata: {name: t}\nspec:\n  metrics:\n    - name: m" +
            Field("successCondition", success) + Field("failureCondition", failure) +
            "\n      provider: {prometheus: {address: 'http://prometheus:9090', query: up}}\n";
        return Assert.Single(AnalysisTemplate.From(ManifestYaml.Parse("t.yaml", yaml)[0]).Metrics);
    }
}
