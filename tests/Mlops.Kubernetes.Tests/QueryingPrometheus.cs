using Mlops.Testing;

namespace Mlops.Kubernetes.Tests;

/// <summary>
/// The instant query against Debian's real prometheus, started by the test with nothing to scrape: the values as Argo
/// Rollouts' provider hands them to the conditions, and the errors a measurement can meet.
/// </summary>
public sealed class QueryingPrometheus : IAsyncLifetime
{
    private readonly HttpClient _http = PrometheusServer.Client();
    private PrometheusServer _prometheus = null!;

    public async Task InitializeAsync() => _prometheus = await PrometheusServer.StartAsync();

    public Task DisposeAsync()
    {
        _prometheus?.Dispose();
        _http.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Each_series_of_the_vector_is_one_value_nan_and_infinities_included()
    {
        var query = new PrometheusQuery(_http);

        Assert.Equal([0.25, 1e-5], await query.VectorAsync(_prometheus.Address, "vector(0.25) or label_replace(vector(0.00001), \"x\", \"y\", \"\", \"\")"));
        Assert.Equal([double.NaN], await query.VectorAsync(_prometheus.Address, "vector(0) / 0"));
        Assert.Equal([double.PositiveInfinity], await query.VectorAsync(_prometheus.Address, "vector(1) / 0"));
        Assert.Equal([double.NegativeInfinity], await query.VectorAsync(_prometheus.Address, "vector(-1) / 0"));
    }

    [Fact]
    public async Task A_query_no_series_matches_answers_an_empty_vector_which_the_template_calls_inconclusive()
    {
        var template = AnalysisTemplate.Read(RepositoryRoot.File("k8s/rollouts/analysistemplate.yaml"));
        var args = new Dictionary<string, string>
        {
            ["service-name"] = "mlops-serving-canary",
            ["namespace"] = "mlops-staging",
            ["prometheus-address"] = _prometheus.Address,
        };

        foreach (var metric in template.Metrics.Select(m => template.Resolve(m.Name, args)))
        {
            var result = await new PrometheusQuery(_http).VectorAsync(metric.Address, metric.Query);

            Assert.Empty(result);
            Assert.Equal(AnalysisPhase.Inconclusive, metric.Evaluate(result));
        }
    }

    [Fact]
    public async Task The_time_asked_for_is_the_time_evaluated()
    {
        var at = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_123);

        Assert.Equal([1_700_000_000.123], await new PrometheusQuery(_http).VectorAsync(_prometheus.Address, "vector(time())", at));
    }

    [Fact]
    public async Task A_query_prometheus_refuses_is_an_error_with_its_reason()
    {
        var error = await Assert.ThrowsAsync<PrometheusException>(() => new PrometheusQuery(_http).VectorAsync(_prometheus.Address, "sum(rate(x[2m])"));

        Assert.StartsWith($"Prometheus at {_prometheus.Address} refused the query (HTTP 400): bad_data: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("unclosed left parenthesis", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scalar_is_refused_as_the_conditions_index_a_vector()
    {
        var error = await Assert.ThrowsAsync<PrometheusException>(() => new PrometheusQuery(_http).VectorAsync(_prometheus.Address, "1"));

        Assert.Equal($"Prometheus at {_prometheus.Address} answered a scalar, not the vector the conditions index as result[0]", error.Message);
    }

    [Fact]
    public async Task A_prometheus_that_does_not_answer_is_named_with_the_reason()
    {
        var nowhere = $"http://127.0.0.1:{LoopbackPort.Free()}";

        var error = await Assert.ThrowsAsync<PrometheusException>(() => new PrometheusQuery(_http).VectorAsync(nowhere, "up"));

        Assert.StartsWith($"Prometheus at {nowhere} cannot be reached: Connection refused", error.Message, StringComparison.Ordinal);
    }
}
