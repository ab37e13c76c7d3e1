namespace Mlops.Kubernetes;

/// <summary>What a kustomization renders to, and what kustomize warned about while rendering it.</summary>
public sealed record RenderedKustomization(IReadOnlyList<ManifestObject> Objects, IReadOnlyList<string> Warnings);
