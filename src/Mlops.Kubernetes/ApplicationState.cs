using System.Text.Json.Nodes;
using Mlops.Kubernetes.Internal;

namespace Mlops.Kubernetes;

/// <summary>
/// What Argo CD says of an Application in its status: its health (status.health) and whether the cluster matches git
/// (status.sync: Synced, OutOfSync or Unknown) at which commit (status.sync.revision).
/// </summary>
public sealed record ApplicationState(ResourceHealth Health, string Sync, string? Revision)
{
    public static ApplicationState Of(JsonObject application)
    {
        ArgumentNullException.ThrowIfNull(application);
        var status = application["status"];
        var health = JsonFields.Text(status?["health"]?["status"]) is { } said && Enum.GetNames<HealthStatus>().Contains(said, StringComparer.Ordinal)
            ? new ResourceHealth(Enum.Parse<HealthStatus>(said), JsonFields.Text(status?["health"]?["message"]) ?? "")
            : new ResourceHealth(HealthStatus.Unknown, "Argo CD reports no health for it yet");

        // A multi-source Application lists one revision per source; the first is the one a single-source one has.
        var sync = status?["sync"];
        var revision = JsonFields.Text(sync?["revision"]) ?? JsonFields.Text((sync?["revisions"] as JsonArray)?.FirstOrDefault());
        return new ApplicationState(health, JsonFields.Text(sync?["status"]) ?? "Unknown", revision);
    }

    /// <summary>"Synced to 1a2b3c4 and Healthy", "OutOfSync and Progressing: …".</summary>
    public override string ToString() => $"{Sync}{(Revision is null ? "" : $" to {Short(Revision)}")} and {Health}";

    /// <summary>A commit as git shows it in one line: its first seven characters.</summary>
    internal static string Short(string revision) => revision.Length > 7 ? revision[..7] : revision;
}
