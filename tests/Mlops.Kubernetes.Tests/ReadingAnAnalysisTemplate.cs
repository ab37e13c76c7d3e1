using Mlops.Testing;

namespace Mlops.Kubernetes.Tests;

/// <summary>An AnalysisTemplate read as Argo Rollouts runs it: its arguments, and each metric with them filled in.</summary>
public sealed class ReadingAnAnalysisTemplate
{
    private static readonly Dictionary<string, string> Canary = new()
    {
        ["service-name"] = "mlops-serving-canary",
        ["namespace"] = "mlops-staging",
    };

    private static AnalysisTemplate Repository => AnalysisTemplate.Read(RepositoryRoot.File("k8s/rollouts/analysistemplate.yaml"));

    [Fact]
    public void The_repository_s_template_has_its_arguments_and_two_prometheus_metrics()
    {
        var template = Repository;

        Assert.Equal("mlops-serving-analysis", template.Name);
        Assert.Equal([new("service-name", null), new("namespace", null), new("prometheus-address", "http://prometheus-operated.monitoring.svc:9090")],
            template.Args);
        Assert.Equal(["success-rate", "latency-p99"], template.Metrics.Select(m => m.Name));
        Assert.All(template.Metrics, m => Assert.StartsWith("len(result) > 0 && !isNaN(result[0]) && ", m.SuccessCondition, StringComparison.Ordinal));
    }

    [Fact]
    public void Each_placeholder_is_filled_with_the_rollout_s_value_and_the_address_keeps_its_default()
    {
        var metric = Repository.Resolve("success-rate", Canary);

        Assert.Equal("http://prometheus-operated.monitoring.svc:9090", metric.Address);
        Assert.Equal(
            """
            sum(rate(model_prediction_requests_total{
              namespace="mlops-staging",
              service="mlops-serving-canary",
              status=~"2.."
            }[2m]))
            /
            sum(rate(model_prediction_requests_total{
              namespace="mlops-staging",
              service="mlops-serving-canary"
            }[2m]))

            """, metric.Query);
        Assert.Equal(metric.Query, Repository.Query("success-rate", Canary));
    }

    [Fact]
    public void A_value_given_overrides_the_default_and_a_name_the_template_does_not_declare_is_ignored()
    {
        var metric = Repository.Resolve("latency-p99", new Dictionary<string, string>(Canary)
        {
            ["prometheus-address"] = "http://127.0.0.1:9999",
            ["no-such-arg"] = "ignored, as Argo Rollouts ignores it",
        });

        Assert.Equal("http://127.0.0.1:9999", metric.Address);
        Assert.Contains("service=\"mlops-serving-canary\"", metric.Query, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", metric.Query, StringComparison.Ordinal);
    }

    [Fact]
    public void Tags_are_trimmed_and_a_value_with_quotes_or_newlines_goes_in_as_written()
    {
        var template = Template("query: 'up{job=\"{{ args.job }}\"}'", "{name: job}");

        Assert.Equal("up{job=\"a\"b\nc\"}", template.Query("m", new Dictionary<string, string> { ["job"] = "a\"b\nc" }));
    }

    [Theory]
    [InlineData("query: 'up{job=\"{{args.job}}\"}'", "{name: job}", "AnalysisTemplate t: args.job was not resolved: the template gives it no value and none was passed")]
    [InlineData("query: 'up{job=\"{{args.other}}\"}'", "{name: job, value: x}", "AnalysisTemplate t: metric m: failed to resolve {{args.other}}")]
    [InlineData("query: 'up{job=\"{{ job }}\"}'", "{name: job, value: x}", "AnalysisTemplate t: metric m: failed to resolve {{ job }}")]
    public void A_placeholder_that_cannot_be_filled_is_an_error_in_argo_s_words(string query, string arg, string error)
    {
        var template = Template(query, arg);

        var message = Assert.Throws<ManifestException>(() => template.Resolve("m", new Dictionary<string, string>())).Message;

        Assert.StartsWith($"t.yaml: {error}", message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_metric_is_named_with_the_ones_there_are() =>
        Assert.Equal("k8s/rollouts/analysistemplate.yaml: AnalysisTemplate mlops-serving-analysis: no metric 'error-rate'; it has success-rate, latency-p99",
            Assert.Throws<ManifestException>(() => Repository.Resolve("error-rate", Canary)).Message.Replace(RepositoryRoot.Path + "/", "", StringComparison.Ordinal));

    [Theory]
    [InlineData("provider: {web: {url: 'http://x'}}", "metrics[0] m: has no provider.prometheus; only Prometheus metrics are read")]
    [InlineData("provider: {prometheus: {address: 'http://x'}}", "metrics[0] m: has no provider.prometheus.query")]
    [InlineData("successCondition: result[0] > 0.5 || true\n    provider: {prometheus: {address: 'http://x', query: up}}",
        "metrics[0] m: successCondition 'result[0] > 0.5 || true' leaves the grammar this evaluator knows at '|' at character 17;")]
    public void A_metric_this_reading_cannot_judge_is_refused_when_the_template_is_read(string body, string error)
    {
        var yaml = $"apiVersion: argoproj.io/v1alpha1\nkind: AnalysisTemplate\nmetadata: {{name: t}}\nspec:\n  metrics:\n  - name: m\n    {body}\n";

        var message = Assert.Throws<ManifestException>(() => AnalysisTemplate.From(ManifestYaml.Parse("t.yaml", yaml)[0])).Message;

        Assert.StartsWith($"t.yaml: AnalysisTemplate t: {error}", message, StringComparison.Ordinal);
    }

    private static AnalysisTemplate Template(string query, string arg) => AnalysisTemplate.From(ManifestYaml.Parse("t.yaml", $"""
        apiVersion: argoproj.io/v1alpha1
        kind: AnalysisTemplate
        metadata: {"{"}name: t{"}"}
        spec:
          args: [{arg}]
          metrics:
            - name: m
              provider:
                prometheus:
                  address: http://prometheus:9090
                  {query}
        """)[0]);
}
