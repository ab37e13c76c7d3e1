namespace Mlops.Kubernetes;

/// <summary>A resource's health as Argo CD reports it: the status, and the message that says why (empty when healthy).</summary>
public sealed record ResourceHealth(HealthStatus Status, string Message)
{
    /// <summary>"Degraded: Rollout is aborted", or only the status when there is no message; always one line.</summary>
    public override string ToString() => Message.Length == 0 ? Status.ToString() : $"{Status}: {OneLine(Message)}";

    internal static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
