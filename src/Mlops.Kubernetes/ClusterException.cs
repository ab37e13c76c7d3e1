namespace Mlops.Kubernetes;

/// <summary>
/// The cluster could not be asked: a kubeconfig that is missing or lacks the context, credentials refused, an object
/// that is not there, a server that is down or silent. The message is one line naming what was asked and where.
/// </summary>
public sealed class ClusterException : Exception
{
    public ClusterException() { }

    public ClusterException(string message) : base(message) { }

    public ClusterException(string message, Exception inner) : base(message, inner) { }
}
