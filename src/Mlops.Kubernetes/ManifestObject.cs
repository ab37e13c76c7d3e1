using System.Text.Json.Nodes;

namespace Mlops.Kubernetes;

/// <summary>
/// One Kubernetes object of a manifest: where it came from (a file, or a kustomization's rendered output), its type and
/// name, and its content as the JSON the API server would receive.
/// </summary>
public sealed record ManifestObject(string Source, string ApiVersion, string Kind, string Name, JsonObject Json)
{
    /// <summary>"Rollout mlops-serving", as kubectl names an object.</summary>
    public string Display => $"{Kind} {Name}";

    /// <summary>The API group: "" for the core group (v1), "argoproj.io" for argoproj.io/v1alpha1.</summary>
    public string Group => ApiVersion.Contains('/', StringComparison.Ordinal) ? ApiVersion[..ApiVersion.IndexOf('/', StringComparison.Ordinal)] : "";

    /// <summary>The version within the group: "v1alpha1" for argoproj.io/v1alpha1.</summary>
    public string Version => ApiVersion[(ApiVersion.IndexOf('/', StringComparison.Ordinal) + 1)..];
}
