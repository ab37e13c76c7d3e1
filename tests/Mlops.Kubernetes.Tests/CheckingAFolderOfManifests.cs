using Mlops.Testing;

namespace Mlops.Kubernetes.Tests;

/// <summary>A folder of kustomizations rendered with the real kubectl kustomize and every object checked.</summary>
public sealed class CheckingAFolderOfManifests : IDisposable
{
    private readonly TemporaryFolder _repository = new();

    private static readonly Lazy<CustomResourceSchemas> Schemas = new(() => CustomResourceSchemas.Load(SharedKubernetesCorpora.CustomResourceDefinitions));

    private const string Service = """
        apiVersion: v1
        kind: Service
        metadata:
          name: serving
        spec:
          selector: {app: serving}
          ports:
            - name: http
              port: 80
              targetPort: http
        """;

    private const string Template = """
        apiVersion: argoproj.io/v1alpha1
        kind: AnalysisTemplate
        metadata:
          name: success-rate
        spec:
          metrics:
            - name: success-rate
              successCondition: len(result) > 0 && result[0] >= 0.95
              provider:
                prometheus:
                  address: http://prometheus:9090
                  query: sum(up)
        """;

    public void Dispose() => _repository.Dispose();

    [Fact]
    public async Task The_repositorys_own_manifests_render_and_conform()
    {
        var report = await new ManifestCheck(new Kustomize(), Schemas.Value).CheckAsync(RepositoryRoot.Path, RepositoryRoot.File("k8s"));

        Assert.Empty(report.Findings);
        Assert.Contains("k8s/overlays/staging", report.Kustomizations);
        Assert.Contains("k8s/overlays/production", report.Kustomizations);
        Assert.True(report.Objects > 10, $"only {report.Objects} objects were checked");
    }

    [Fact]
    public async Task Every_problem_is_found_with_its_source_and_object()
    {
        _repository.Write("k8s/base/kustomization.yaml", "resources:\n  - service.yaml\n  - analysis.yaml\n");
        _repository.Write("k8s/base/service.yaml", Service.Replace("targetPort: http", "targetPort: http\n      nodePortz: 1", StringComparison.Ordinal));
        _repository.Write("k8s/base/analysis.yaml", Template.Replace("successCondition", "sucessCondition", StringComparison.Ordinal));
        // bases: for a folder, as the repository's overlays do: Debian's kustomize v2.0.3 takes only files under resources:.
        _repository.Write("k8s/overlays/staging/kustomization.yaml", "bases:\n  - ../../base\nnamespace: staging\n");
        _repository.Write("k8s/secret.example.yaml", "apiVersion: v1\nkind: Secret\nmetadata: {name: key}\nstringData: {key: x}\ntypo: 1\n");

        var report = await Check();

        Assert.Equal(["k8s/base", "k8s/overlays/staging"], report.Kustomizations);
        Assert.Equal(5, report.Objects); // two objects each in base and staging, and the standalone Secret
        Assert.Equal(
            [
                "k8s/base (rendered): AnalysisTemplate success-rate: spec.metrics[0].sucessCondition: unknown field",
                "k8s/base (rendered): Service serving: unknown field 'nodePortz' (in V1ServicePort)",
                "k8s/overlays/staging (rendered): AnalysisTemplate success-rate: spec.metrics[0].sucessCondition: unknown field",
                "k8s/overlays/staging (rendered): Service serving: unknown field 'nodePortz' (in V1ServicePort)",
                "k8s/secret.example.yaml: Secret key: unknown field 'typo' (in V1Secret)",
            ],
            report.Findings.Select(f => f.ToString()).Order(StringComparer.Ordinal));
        var error = Assert.Throws<ManifestException>(report.EnsureClean);
        Assert.StartsWith("5 problem(s) in the manifests:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_kustomization_kustomize_refuses_is_a_finding_with_kustomizes_reason()
    {
        _repository.Write("k8s/base/kustomization.yaml", "resources:\n  - service.yaml\n  - missing.yaml\n");
        _repository.Write("k8s/base/service.yaml", Service);

        var finding = Assert.Single((await Check()).Findings);

        Assert.Equal("k8s/base", finding.Source);
        Assert.StartsWith("kustomize cannot render it: ", finding.Problem, StringComparison.Ordinal);
        Assert.Contains("missing.yaml", finding.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_yaml_outside_a_kustomization_is_named_with_its_line()
    {
        _repository.Write("k8s/example.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: [unclosed\n");

        var finding = Assert.Single((await Check()).Findings);

        Assert.Equal("k8s/example.yaml", finding.Source);
        Assert.StartsWith("line ", finding.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_kind_that_is_neither_built_in_nor_given_a_crd_is_a_finding()
    {
        _repository.Write("k8s/example.yaml", "apiVersion: example.org/v1\nkind: Widget\nmetadata: {name: w}\n");

        Assert.Equal("k8s/example.yaml: Widget w: example.org/v1 Widget is neither a built-in kind nor one whose CRD was given",
            Assert.Single((await Check()).Findings).ToString());
    }

    [Fact]
    public async Task Without_kubectl_the_error_says_how_to_install_it()
    {
        _repository.Write("k8s/base/kustomization.yaml", "resources: []\n");

        var finding = Assert.Single((await new ManifestCheck(new Kustomize("kubectl-that-is-not-installed"), Schemas.Value)
            .CheckAsync(_repository.Path, _repository["k8s"])).Findings);

        Assert.Equal("kubectl is needed to render k8s/ (Debian: apt-get install kubernetes-client)", finding.Problem);
    }

    private Task<ManifestCheckReport> Check() => new ManifestCheck(new Kustomize(), Schemas.Value).CheckAsync(_repository.Path, _repository["k8s"]);
}
