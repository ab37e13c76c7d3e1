using System.Globalization;
using Mlops.Kubernetes;
using Mlops.Testing;
using Xunit.Abstractions;

namespace Mlops.Serving.Tests;

/// <summary>
/// The canary analysis (k8s/rollouts/analysistemplate.yaml) against a real Prometheus scraping the real app: each
/// query, its arguments filled in as Argo Rollouts fills them, answers the success ratio and the p99 of the requests
/// the test sent, and the template's conditions judge those numbers; where the canary has no data they give no verdict.
/// </summary>
[Collection(WithTrainedModel.Name)]
public sealed class JudgingTheCanaryInPrometheus(TrainedModel trained, ITestOutputHelper output)
{
    private const string Requests = "model_prediction_requests_total";
    private const string Buckets = "model_prediction_latency_seconds_bucket";

    /// <summary>The range the template's queries rate over ([2m]).</summary>
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(2);

    private static readonly AnalysisTemplate Template = AnalysisTemplate.Read(RepositoryRoot.File("k8s/rollouts/analysistemplate.yaml"));

    [Fact]
    public async Task Ninety_five_good_requests_and_three_refused_are_measured_as_sent_and_pass()
    {
        await using var canary = await ScrapedApp.StartAsync(trained);

        var measured = await MeasureAsync(canary, good: 95, unauthorized: 2, invalid: 1);

        Assert.Equal(95.0 / 98, measured.SuccessRate, 1e-12);
        Assert.Equal(AnalysisPhase.Successful, measured.SuccessPhase);
        AssertLatencyAsObserved(measured);
    }

    [Fact]
    public async Task Ninety_percent_good_requests_are_measured_as_sent_and_fail()
    {
        await using var canary = await ScrapedApp.StartAsync(trained);

        var measured = await MeasureAsync(canary, good: 90, unauthorized: 6, invalid: 4);

        Assert.Equal(0.9, measured.SuccessRate, 1e-12);
        Assert.Equal(AnalysisPhase.Failed, measured.SuccessPhase);
        AssertLatencyAsObserved(measured);
    }

    [Fact]
    public async Task A_service_or_namespace_without_traffic_answers_no_data_which_is_inconclusive()
    {
        await using var canary = await ScrapedApp.StartAsync(trained);
        await canary.SendAsync(good: 20, unauthorized: 1, invalid: 0);
        await canary.WaitForAsync("the canary's 21 requests", $"sum({ScrapedApp.Series(Requests)})", r => r is [21]);

        foreach (var (name, value) in new[] { ("service-name", "mlops-serving-stable"), ("namespace", "mlops-production") })
        {
            foreach (var metric in Template.Metrics.Select(m => Template.Resolve(m.Name, new Dictionary<string, string>(canary.Args) { [name] = value })))
            {
                var result = await canary.QueryAsync(metric.Query);

                Assert.Empty(result);
                Assert.Equal(AnalysisPhase.Inconclusive, metric.Evaluate(result));
            }
        }
    }

    [Fact]
    public async Task A_canary_whose_traffic_stopped_answers_nan_which_is_inconclusive()
    {
        await using var canary = await ScrapedApp.StartAsync(trained);
        await canary.SendAsync(good: 20, unauthorized: 1, invalid: 0);
        await canary.WaitForAsync("the canary's 21 requests", $"sum({ScrapedApp.Series(Requests)})", r => r is [21]);
        var lastChange = (await canary.QueryAsync($"max(timestamp({ScrapedApp.Series(Requests)}))"))[0];
        await canary.WaitForAsync("two more scrapes", $"max(timestamp({ScrapedApp.Series(Requests)}))", r => r is [var t] && t > lastChange + 1.5);

        // A window that starts at the last scrape the counts moved in holds only samples equal to it: every rate is 0.
        var at = DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(lastChange * 1000)) + Window;
        foreach (var metric in Template.Metrics.Select(m => Template.Resolve(m.Name, canary.Args)))
        {
            var result = await canary.QueryAsync(metric.Query, at);

            Assert.True(result is [double.NaN], $"{metric.Name}: [{string.Join(", ", result)}]");
            Assert.Equal(AnalysisPhase.Inconclusive, metric.Evaluate(result));
        }
    }

    /// <summary>
    /// Sends one request of each kind first, so every series the queries read exists before the measured mix (a counter
    /// Prometheus first sees at its final value shows no increase), and waits for a scrape holding them all: the
    /// window starts exactly there. Then sends the mix and waits until Prometheus has scraped its end.
    ///
    /// Why the window is placed, and the answer exact: rate() extrapolates each series from its first and last sample
    /// in the window towards the window's edges, by how far those samples are from the edges and, for a counter that
    /// starts near 0, by where it would have been 0. Series scraped together share their timestamps, so a window whose
    /// start is one of those timestamps (Prometheus 2 counts a sample at a window's very start in) extends none of them at
    /// the start and every one by the same amount at the end:
    /// each rate is its increase times one common factor, which a ratio, and a quantile of bucket rates, cancel. (Asked
    /// at "now", as Argo does after minutes of traffic, the factors differ by a second in the few seconds a test runs.)
    /// </summary>
    private async Task<Measured> MeasureAsync(ScrapedApp canary, int good, int unauthorized, int invalid)
    {
        await canary.SendAsync(good: 1, unauthorized: 1, invalid: 1);
        var before = await canary.LatencyBucketsAsync();
        var series = $"{{__name__=~\"{Requests}|{Buckets}\",service=\"{ScrapedApp.Service}\",namespace=\"{ScrapedApp.Namespace}\"}}";
        await canary.WaitForAsync("every series of the first requests", $"count(timestamp({series})) == {3 + before.Count}", r => r is [_]);
        // The latest scrape: the app showed every series in it, each sample stamped with the scrape's one timestamp.
        var start = (await canary.QueryAsync($"max(timestamp({series}))"))[0];

        var took = await canary.SendAsync(good, unauthorized, invalid);
        var after = await canary.LatencyBucketsAsync();
        await canary.WaitForAsync($"the {good + unauthorized + invalid} requests sent", $"sum({ScrapedApp.Series(Requests)})",
            r => r is [var total] && total == 3 + good + unauthorized + invalid);
        var end = (await canary.QueryAsync($"max(timestamp({series}))"))[0];
        var at = DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(start * 1000)) + Window;
        Assert.True(end < at.ToUnixTimeMilliseconds() / 1000.0, $"the mix took longer than the query's window to send and scrape (from {start} to {end})");
        var success = Template.Resolve("success-rate", canary.Args);
        var latency = Template.Resolve("latency-p99", canary.Args);
        var rate = await canary.QueryAsync(success.Query, at);
        var p99 = await canary.QueryAsync(latency.Query, at);
        var increases = after.Select(b => (b.Key, b.Value - before[b.Key])).ToList();
        var measured = new Measured(Assert.Single(rate), success.Evaluate(rate), Assert.Single(p99), latency.Evaluate(p99),
            BucketQuantile.Of(0.99, increases), took.Max().TotalSeconds, after.Keys.First(le => le >= took.Max().TotalSeconds));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sent {good} good, {unauthorized} without key, {invalid} invalid; Prometheus at {at:O}: success rate {measured.SuccessRate:R} ({measured.SuccessPhase}), " +
            $"p99 {measured.P99:R} s ({measured.LatencyPhase}); from the app's own buckets {measured.ExpectedP99:R} s; slowest request seen by the client " +
            $"{measured.SlowestSeen:R} s, in the bucket up to {measured.SlowestBucket:R} s"));
        return measured;
    }

    /// <summary>
    /// The p99 is histogram_quantile over the increases of the app's own buckets (which the test scraped before and after
    /// the mix), and no request the server timed took longer than the client waited for it, so the p99 lies at or under
    /// the upper bound of the bucket holding the slowest request the client saw. The verdict is whatever that number
    /// dictates: no assertion here depends on how fast the machine is.
    /// </summary>
    private static void AssertLatencyAsObserved(Measured measured)
    {
        Assert.Equal(measured.ExpectedP99, measured.P99, 1e-9 * measured.ExpectedP99);
        Assert.InRange(measured.P99, double.Epsilon, measured.SlowestBucket);
        Assert.Equal(measured.P99 < 0.5 ? AnalysisPhase.Successful : AnalysisPhase.Failed, measured.LatencyPhase);
    }

    private sealed record Measured(double SuccessRate, AnalysisPhase SuccessPhase, double P99, AnalysisPhase LatencyPhase, double ExpectedP99,
        double SlowestSeen, double SlowestBucket);
}
