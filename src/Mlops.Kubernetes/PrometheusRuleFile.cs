using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mlops.Kubernetes;

/// <summary>
/// A Prometheus Operator PrometheusRule as the plain rules file Prometheus loads (the operator writes the object's spec,
/// its groups, into such a file): what <c>promtool check rules</c> and <c>promtool test rules</c> read.
/// </summary>
public static class PrometheusRuleFile
{
    // Relaxed: PromQL's > and quotes stay as written rather than as \u003E, which YAML would read the same but a person not.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The rules file's text: the spec in JSON, which is YAML, indented so promtool's line numbers point somewhere
    /// readable.
    /// </summary>
    public static string Text(ManifestObject prometheusRule)
    {
        ArgumentNullException.ThrowIfNull(prometheusRule);
        if (prometheusRule is not { Group: "monitoring.coreos.com", Kind: "PrometheusRule" })
        {
            throw new ManifestException(prometheusRule.Source, $"{prometheusRule.Display} is not a PrometheusRule (monitoring.coreos.com)");
        }

        return prometheusRule.Json["spec"] is JsonObject { } spec && spec["groups"] is JsonArray
            ? spec.ToJsonString(Indented) + "\n"
            : throw new ManifestException(prometheusRule.Source, $"{prometheusRule.Display} has no spec.groups");
    }
}
