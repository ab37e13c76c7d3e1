using System.Text.Json.Nodes;

namespace Mlops.Kubernetes.Internal;

/// <summary>
/// What Argo CD does around a resource's Lua health script: an object being deleted is Progressing without asking the
/// script; a script that fails is Unknown with the error; a status the script makes up is Unknown.
/// </summary>
internal static class ArgoHealthScript
{
    private const string HookFinalizer = "argocd.argoproj.io/hook-finalizer";

    public static ResourceHealth Run(JsonObject resource, Func<ScriptValue, ResourceHealth> script)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var metadata = resource["metadata"] as JsonObject;
        var finalizers = (metadata?["finalizers"] as JsonArray ?? []).Select(f => f?.ToString());
        if (metadata?["deletionTimestamp"] is not null && !finalizers.Contains(HookFinalizer))
        {
            return new ResourceHealth(HealthStatus.Progressing, "Pending deletion");
        }

        try
        {
            return script(new ScriptValue(resource));
        }
        catch (ScriptFault fault)
        {
            return new ResourceHealth(HealthStatus.Unknown, fault.Message);
        }
    }

    /// <summary>
    /// The table a script returns, as Argo CD reads it back: the status must be one Argo CD knows (else Unknown), and
    /// the message a string or nothing.
    /// </summary>
    public static ResourceHealth Returned(ScriptValue status, ScriptValue message)
    {
        if (!message.IsNil && message.Text is null)
        {
            throw new ScriptFault($"the script's message is a {message.TypeName}, not a string");
        }

        return status.Text is { } text && Enum.GetNames<HealthStatus>().Contains(text, StringComparer.Ordinal)
            ? new ResourceHealth(Enum.Parse<HealthStatus>(text), message.Text ?? "")
            : new ResourceHealth(HealthStatus.Unknown, "Lua returned an invalid health status");
    }
}
