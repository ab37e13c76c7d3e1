using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mlops.Kubernetes.Internal;

/// <summary>Fields of an object read leniently: a field of another type than expected reads as absent, never as an error.</summary>
internal static class JsonFields
{
    public static string? Text(JsonNode? node) => node?.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : null;

    public static long? Integer(JsonNode? node) =>
        node?.GetValueKind() == JsonValueKind.Number && long.TryParse(node.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
