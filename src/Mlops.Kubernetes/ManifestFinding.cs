namespace Mlops.Kubernetes;

/// <summary>One problem in the manifests: where (file or rendered kustomization), which object ("Rollout mlops-serving"), and what.</summary>
public sealed record ManifestFinding(string Source, string? Subject, string Problem)
{
    public override string ToString() => Subject is null ? $"{Source}: {Problem}" : $"{Source}: {Subject}: {Problem}";
}
