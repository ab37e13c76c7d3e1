using Mlops.Processes;
using Mlops.Testing;

namespace Mlops.Kubernetes.Tests;

/// <summary>
/// The PrometheusRule's alerts through Debian's real promtool: its groups, as the plain rules file Prometheus loads,
/// pass <c>promtool check rules</c>, and <c>promtool test rules</c> fires each alert on series that should fire it, with
/// the labels and words a person is paged with, and on no others.
/// </summary>
public sealed class CheckingTheAlertRules : IDisposable
{
    private const string Runbook = "https://github.com/example-org/mlops/blob/main/k8s/README.md#alerts";

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_repository_s_rules_pass_promtool_check()
    {
        var result = await PromtoolAsync("check", "rules", RulesFile());

        Assert.True(result.Succeeded, string.Join('\n', result.Output));
        Assert.Contains("  SUCCESS: 3 rules found", result.Output);
    }

    [Fact]
    public async Task A_rule_promtool_cannot_parse_fails_the_check_naming_the_rule()
    {
        var rules = File.ReadAllText(RulesFile()).Replace("> 0.05", "> > 0.05", StringComparison.Ordinal);

        var result = await PromtoolAsync("check", "rules", _folder.Write("broken.yaml", rules));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Output, line => line.Contains("group \"mlops-serving\", rule 1, \"ModelServingHighErrorRate\": could not parse expression", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_alert_fires_on_the_series_that_should_fire_it_and_on_no_others()
    {
        RulesFile();

        var result = await PromtoolAsync("test", "rules", _folder.Write("alerts.test.yaml", AlertTests));

        Assert.True(result.Succeeded, string.Join('\n', result.Output));
        Assert.Contains("  SUCCESS", result.Output);
    }

    [Fact]
    public async Task Promtool_test_fails_when_an_alert_is_expected_that_does_not_fire()
    {
        RulesFile();
        var wrong = AlertTests.Replace("feature: hours_per_week", "feature: age", StringComparison.Ordinal)
            .Replace("Feature hours_per_week", "Feature age", StringComparison.Ordinal).Replace("feature hours_per_week", "feature age", StringComparison.Ordinal);

        var result = await PromtoolAsync("test", "rules", _folder.Write("alerts.test.yaml", wrong));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Output, line => line.Contains("alertname: ModelFeatureDrift, time: 35m", StringComparison.Ordinal));
    }

    /// <summary>The repository's PrometheusRule as the rules file the tests load, written as rules.yaml beside them.</summary>
    private string RulesFile()
    {
        var rule = Assert.Single(ManifestYaml.Parse("k8s/monitoring/prometheusrule.yaml", File.ReadAllText(RepositoryRoot.File("k8s/monitoring/prometheusrule.yaml"))));
        return _folder.Write("rules.yaml", PrometheusRuleFile.Text(rule));
    }

    private static async Task<ProcessResult> PromtoolAsync(params string[] arguments) =>
        await new ProcessRunner { Echo = false }.RunAsync(InstalledProgram.Find("promtool", "prometheus"), arguments);

    /// <summary>
    /// A minute a sample. Errors: staging answers 10 % non-2xx (fires once it has lasted 5 minutes), production 1 % (never).
    /// Latency: staging's p99 is 1.52 s (90 requests a minute under 0.1 s, 10 between 0.8 and 1.6 s: 0.8 + 0.8 × 9/10),
    /// production's under 0.1 s. Drift: age's PSI is NaN (too few rows in the window), which never fires; hours_per_week's
    /// is 0.3, which fires after 30 minutes; education's 0.1 never.
    /// </summary>
    private const string AlertTests = $$"""
        rule_files: [rules.yaml]
        evaluation_interval: 1m
        tests:
          - interval: 1m
            input_series:
              - series: 'model_prediction_requests_total{namespace="mlops-staging", model="LightGbm", status="200"}'
                values: '0+90x20'
              - series: 'model_prediction_requests_total{namespace="mlops-staging", model="LightGbm", status="401"}'
                values: '0+10x20'
              - series: 'model_prediction_requests_total{namespace="mlops-production", model="LightGbm", status="200"}'
                values: '0+99x20'
              - series: 'model_prediction_requests_total{namespace="mlops-production", model="LightGbm", status="400"}'
                values: '0+1x20'
            alert_rule_test:
              - eval_time: 4m
                alertname: ModelServingHighErrorRate
                exp_alerts: []
              - eval_time: 12m
                alertname: ModelServingHighErrorRate
                exp_alerts:
                  - exp_labels: {severity: critical, namespace: mlops-staging, model: LightGbm}
                    exp_annotations:
                      summary: 'LightGbm in mlops-staging: 10% of prediction requests fail'
                      description: 'More than 5 % of the prediction requests to model LightGbm in namespace mlops-staging were answered with a non-2xx status over the last 5 minutes (10%). model_prediction_requests_total by status tells which codes.'
                      runbook_url: '{{Runbook}}'
          - interval: 1m
            input_series:
              - series: 'model_prediction_latency_seconds_bucket{namespace="mlops-staging", model="LightGbm", le="0.1"}'
                values: '0+90x30'
              - series: 'model_prediction_latency_seconds_bucket{namespace="mlops-staging", model="LightGbm", le="0.8"}'
                values: '0+90x30'
              - series: 'model_prediction_latency_seconds_bucket{namespace="mlops-staging", model="LightGbm", le="1.6"}'
                values: '0+100x30'
              - series: 'model_prediction_latency_seconds_bucket{namespace="mlops-staging", model="LightGbm", le="+Inf"}'
                values: '0+100x30'
              - series: 'model_prediction_latency_seconds_bucket{namespace="mlops-production", model="LightGbm", le="0.1"}'
                values: '0+100x30'
              - series: 'model_prediction_latency_seconds_bucket{namespace="mlops-production", model="LightGbm", le="+Inf"}'
                values: '0+100x30'
            alert_rule_test:
              - eval_time: 8m
                alertname: ModelServingHighLatency
                exp_alerts: []
              - eval_time: 15m
                alertname: ModelServingHighLatency
                exp_alerts:
                  - exp_labels: {severity: warning, namespace: mlops-staging, model: LightGbm}
                    exp_annotations:
                      summary: 'LightGbm in mlops-staging: p99 prediction latency 1.52s'
                      description: 'The 99th percentile of the prediction latency of model LightGbm in namespace mlops-staging has been above 0.5 s for 10 minutes (now 1.52s). Check CPU throttling and the batch sizes clients send.'
                      runbook_url: '{{Runbook}}'
          - interval: 1m
            input_series:
              - series: 'model_feature_drift_psi{namespace="mlops-staging", feature="age"}'
                values: 'NaN+0x40'
              - series: 'model_feature_drift_psi{namespace="mlops-staging", feature="hours_per_week"}'
                values: '0.3+0x40'
              - series: 'model_feature_drift_psi{namespace="mlops-staging", feature="education"}'
                values: '0.1+0x40'
            alert_rule_test:
              - eval_time: 25m
                alertname: ModelFeatureDrift
                exp_alerts: []
              - eval_time: 35m
                alertname: ModelFeatureDrift
                exp_alerts:
                  - exp_labels: {severity: warning, namespace: mlops-staging, feature: hours_per_week}
                    exp_annotations:
                      summary: 'Feature hours_per_week in mlops-staging drifts (PSI 0.30)'
                      description: 'The population stability index of feature hours_per_week in namespace mlops-staging has been above 0.2 for 30 minutes (now 0.30): what the model is asked about no longer looks like what it was trained on. Compare with the training profile and consider retraining.'
                      runbook_url: '{{Runbook}}'
        """;
}
