namespace Mlops.Kubernetes;

/// <summary>The health Argo CD gives a resource, from best to worst as it orders them when it sums up an Application.</summary>
public enum HealthStatus
{
    Healthy,
    Suspended,
    Progressing,
    Missing,
    Degraded,
    Unknown,
}
