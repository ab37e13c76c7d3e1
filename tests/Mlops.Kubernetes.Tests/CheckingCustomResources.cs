using Mlops.Testing;

namespace Mlops.Kubernetes.Tests;

/// <summary>Custom resources against the real CRDs of Argo Rollouts, Argo CD and the Prometheus Operator.</summary>
public sealed class CheckingCustomResources
{
    private static readonly Lazy<CustomResourceSchemas> Schemas = new(() => CustomResourceSchemas.Load(SharedKubernetesCorpora.CustomResourceDefinitions));

    private const string Rollout = """
        apiVersion: argoproj.io/v1alpha1
        kind: Rollout
        metadata:
          name: serving
          labels: {app: serving}
        spec:
          selector:
            matchLabels: {app: serving}
          template:
            metadata:
              labels: {app: serving}
            spec:
              containers:
                - name: serving
                  image: mlops-serving
                  resources:
                    requests: {cpu: 100m, memory: 128Mi}
              volumes:
                - name: tmp
                  emptyDir: {}
          strategy:
            canary:
              maxSurge: "25%"
              maxUnavailable: 0
              steps:
                - setWeight: 10
                - pause: {duration: 2m}
        """;

    [Fact]
    public void A_rollout_written_to_its_crd_passes() => Assert.Empty(Check(Rollout));

    [Fact]
    public void The_crds_of_all_seven_kinds_are_read()
    {
        Assert.Equal(
            ["argoproj.io/v1alpha1/AnalysisRun", "argoproj.io/v1alpha1/AnalysisTemplate", "argoproj.io/v1alpha1/AppProject", "argoproj.io/v1alpha1/Application",
                "argoproj.io/v1alpha1/ApplicationSet", "argoproj.io/v1alpha1/Rollout", "monitoring.coreos.com/v1/PrometheusRule"],
            Schemas.Value.Kinds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_unknown_field_is_named_with_its_path() =>
        Assert.Equal(["spec.strategy.canary.steps[1].pauze: unknown field"], Check(Rollout.Replace("- pause: {duration: 2m}", "- pauze: {duration: 2m}", StringComparison.Ordinal)));

    [Fact]
    public void A_value_of_the_wrong_type_is_named_with_its_path()
    {
        var problem = Assert.Single(Check(Rollout.Replace("setWeight: 10", "setWeight: ten", StringComparison.Ordinal)));
        Assert.StartsWith("spec.strategy.canary.steps[0].setWeight: ", problem, StringComparison.Ordinal);
        Assert.Contains("integer", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_number_is_a_string_as_the_api_server_reads_it() =>
        Assert.StartsWith("spec.strategy.canary.steps[0].setWeight: ", Assert.Single(Check(Rollout.Replace("setWeight: 10", "setWeight: \"10\"", StringComparison.Ordinal))),
            StringComparison.Ordinal);

    [Theory]
    [InlineData("maxSurge: \"25%\"", "maxSurge: 1")]
    [InlineData("maxUnavailable: 0", "maxUnavailable: \"10%\"")]
    public void An_int_or_string_field_takes_either(string written, string other) =>
        Assert.Empty(Check(Rollout.Replace(written, other, StringComparison.Ordinal)));

    [Fact]
    public void An_int_or_string_field_takes_nothing_else()
    {
        var problems = Check(Rollout.Replace("maxUnavailable: 0", "maxUnavailable: [1]", StringComparison.Ordinal));
        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.StartsWith("spec.strategy.canary.maxUnavailable: ", p, StringComparison.Ordinal));
    }

    [Fact]
    public void A_field_marked_preserve_unknown_takes_anything_below_it() =>
        Assert.Empty(Check(Rollout.Replace("emptyDir: {}", "emptyDir: {}\n          anything: {at: [all, 1]}", StringComparison.Ordinal)));

    [Fact]
    public void A_missing_required_field_is_named()
    {
        var problem = Assert.Single(Check(Rollout.Replace("- name: serving\n          image:", "- image:", StringComparison.Ordinal)));
        Assert.StartsWith("spec.template.spec.containers[0]: ", problem, StringComparison.Ordinal);
        Assert.Contains("name", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Metadata_is_checked_as_the_servers_own() =>
        Assert.Equal(["metadata: unknown field 'labelz' (in V1ObjectMeta)"],
            Check(Rollout.Replace("  labels: {app: serving}\nspec:", "  labelz: {app: serving}\nspec:", StringComparison.Ordinal)));

    [Fact]
    public void A_prometheus_rule_is_checked_against_its_crd()
    {
        const string Rule = """
            apiVersion: monitoring.coreos.com/v1
            kind: PrometheusRule
            metadata: {name: serving}
            spec:
              groups:
                - name: serving
                  rules:
                    - alert: Errors
                      expr: up == 0
                      for: 5m
                      severity: page
            """;
        Assert.Equal(["spec.groups[0].rules[0].severity: unknown field"], Check(Rule));
    }

    [Fact]
    public void A_kind_without_a_crd_is_refused() =>
        Assert.Equal(["no CustomResourceDefinition for argoproj.io/v1alpha1 Experiment"],
            Schemas.Value.Check(ManifestYaml.Parse("x.yaml", "apiVersion: argoproj.io/v1alpha1\nkind: Experiment\nmetadata: {name: x}\n")[0]));

    [Fact]
    public void A_folder_without_crds_is_an_error()
    {
        using var folder = new TemporaryFolder();
        folder.Write("service.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: x}\n");
        var error = Assert.Throws<ManifestException>(() => CustomResourceSchemas.Load(folder.Path));
        Assert.Equal($"{folder.Path}: no CustomResourceDefinition with a schema", error.Message);
    }

    private static IReadOnlyList<string> Check(string yaml)
    {
        var manifest = Assert.Single(ManifestYaml.Parse("test.yaml", yaml));
        return [.. Schemas.Value.Check(manifest), .. CoreObjects.CheckMetadata(manifest)];
    }
}
