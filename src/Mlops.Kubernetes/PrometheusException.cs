namespace Mlops.Kubernetes;

/// <summary>Prometheus could not be asked, or refused the query; the message names the address and the reason.</summary>
public sealed class PrometheusException : Exception
{
    public PrometheusException() { }

    public PrometheusException(string message) : base(message) { }

    public PrometheusException(string message, Exception inner) : base(message, inner) { }
}
