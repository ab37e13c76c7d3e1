namespace Mlops.Kubernetes.Internal;

/// <summary>An Argo custom resource the gate reads: its kind, the API's plural for it, and where it is.</summary>
internal sealed record ArgoObjectName(string Kind, string Plural, string Namespace, string Name)
{
    public const string Group = "argoproj.io";

    public const string Version = "v1alpha1";

    public static ArgoObjectName Application(string @namespace, string name) => new("Application", "applications", @namespace, name);

    public static ArgoObjectName Rollout(string @namespace, string name) => new("Rollout", "rollouts", @namespace, name);

    /// <summary>"Application mlops-staging in namespace argocd".</summary>
    public override string ToString() => $"{Kind} {Name} in namespace {Namespace}";
}
