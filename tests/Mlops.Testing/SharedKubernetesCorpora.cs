namespace Mlops.Testing;

/// <summary>
/// The Kubernetes corpora beside the repository: the CRDs of Argo CD, Argo Rollouts and the Prometheus Operator
/// (../shared/k8s-crds) and real Argo objects with Argo CD's verdicts (../shared/argo-health). Never copied into the
/// repository; when missing, the tests that need them fail and say where they looked.
/// </summary>
public static class SharedKubernetesCorpora
{
    public static string CustomResourceDefinitions => Find("k8s-crds", "argo-rollouts-rollout.yaml");

    public static string ArgoHealth => Find("argo-health", "README.md");

    private static string Find(string name, string expectedFile)
    {
        var folder = Path.GetFullPath(Path.Combine(RepositoryRoot.Path, "..", "shared", name));
        return File.Exists(Path.Combine(folder, expectedFile))
            ? folder
            : throw new InvalidOperationException($"../shared/{name} is missing: no {expectedFile} in {folder}.");
    }
}
