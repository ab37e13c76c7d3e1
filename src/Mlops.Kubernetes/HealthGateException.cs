namespace Mlops.Kubernetes;

/// <summary>The health gate refused: what it saw, in one line — the object, its status and Argo's message.</summary>
public sealed class HealthGateException : Exception
{
    public HealthGateException() { }

    public HealthGateException(string message) : base(message) { }

    public HealthGateException(string message, Exception inner) : base(message, inner) { }
}
