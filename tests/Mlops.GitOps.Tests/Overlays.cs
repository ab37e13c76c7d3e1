namespace Mlops.GitOps.Tests;

/// <summary>Overlay texts as people write them: comments, quoting of every kind, keys in their own order.</summary>
internal static class Overlays
{
    public const string Digest1 = "sha256:1111111111111111111111111111111111111111111111111111111111111111";

    public const string Digest2 = "sha256:2222222222222222222222222222222222222222222222222222222222222222";

    public const string Digest3 = "sha256:3333333333333333333333333333333333333333333333333333333333333333";

    /// <summary>Production, written the way the repository's own is.</summary>
    public const string Production = """
        bases:
          - ../../base
        namespace: mlops-production
        commonAnnotations:
          mlops.dev/model-version: "unreleased"
        images:
          - name: mlops-serving
            newName: ghcr.io/example-org/mlops
            digest: sha256:0000000000000000000000000000000000000000000000000000000000000000
        """;

    public const string Staging = """
        # Staging: what BumpManifest deploys after every push to main.
        apiVersion: kustomize.config.k8s.io/v1beta1
        kind: Kustomization
        namespace: mlops-staging   # Argo CD's destination too
        resources:
          - ../../base
        commonAnnotations:
          team: "ml-platform"
          mlops.dev/model-version: "unreleased"   # set by ./build.sh BumpManifest
        images:
          - name: busybox
            newTag: "1.36"
          # the serving app, pinned by digest
          - name: mlops-serving
            newName: ghcr.io/example-org/mlops
            digest: sha256:0000000000000000000000000000000000000000000000000000000000000000 # set by ./build.sh BumpManifest
        patches:
          - path: replicas.yaml
        """;
}
