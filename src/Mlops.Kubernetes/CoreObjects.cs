using System.Reflection;
using k8s;
using k8s.Models;

namespace Mlops.Kubernetes;

/// <summary>
/// The built-in Kubernetes kinds (Service, Deployment, HorizontalPodAutoscaler, …) as KubernetesClient models them, and
/// the strict load of an object into its model: a field the model does not have, or a value of the wrong type, fails —
/// as <c>kubectl apply --validate=strict</c> would.
/// </summary>
public static class CoreObjects
{
    private static readonly Dictionary<string, Type> Types = typeof(V1Pod).Assembly.GetTypes()
        .Select(t => (Type: t, Entity: t.GetCustomAttribute<KubernetesEntityAttribute>()))
        .Where(e => e.Entity is { Kind: not null, ApiVersion: not null } && !e.Type.Name.EndsWith("List", StringComparison.Ordinal))
        .GroupBy(e => Key(string.IsNullOrEmpty(e.Entity!.Group) ? e.Entity.ApiVersion : $"{e.Entity.Group}/{e.Entity.ApiVersion}", e.Entity.Kind))
        .ToDictionary(g => g.Key, g => g.First().Type, StringComparer.Ordinal);

    /// <summary>Whether the object's apiVersion and kind is a built-in one.</summary>
    public static bool Knows(ManifestObject manifest) => Types.ContainsKey(Key(manifest.ApiVersion, manifest.Kind));

    /// <summary>What is wrong with a built-in object: nothing (empty), or the first field the strict loader refused.</summary>
    public static IReadOnlyList<string> Check(ManifestObject manifest)
    {
        var key = Key(manifest.ApiVersion, manifest.Kind);
        if (!Types.TryGetValue(key, out var type))
        {
            return [$"{manifest.ApiVersion} {manifest.Kind} is not a built-in kind"];
        }

        try
        {
            // JSON is YAML: the object's JSON form, typed as the server reads it, goes through the strict YAML loader.
            _ = KubernetesYaml.LoadAllFromString(manifest.Json.ToJsonString(), new Dictionary<string, Type> { [key] = type }, strict: true);
            return [];
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            return [Describe(e)];
        }
    }

    /// <summary>Checks an object's metadata as the server's ObjectMeta, for custom resources whose CRDs leave it open.</summary>
    public static IReadOnlyList<string> CheckMetadata(ManifestObject manifest)
    {
        if (manifest.Json["metadata"] is not { } metadata)
        {
            return [];
        }

        try
        {
            _ = KubernetesYaml.Deserialize<V1ObjectMeta>(metadata.ToJsonString(), strict: true);
            return [];
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            return ["metadata: " + Describe(e)];
        }
    }

    private static string Describe(Exception e)
    {
        var messages = new List<string>();
        for (var current = e; current is not null; current = current.InnerException)
        {
            messages.Add(current.Message);
        }

        // YamlDotNet wraps the cause ("Exception during deserialization"); the innermost message names the field.
        var cause = messages.Last();
        var match = System.Text.RegularExpressions.Regex.Match(cause, @"Property '(?<field>[^']+)' not found on type '(?:[\w.]+\.)?(?<type>\w+)'");
        return match.Success ? $"unknown field '{match.Groups["field"].Value}' (in {match.Groups["type"].Value})" : cause;
    }

    private static string Key(string apiVersion, string kind) => $"{apiVersion}/{kind}";
}
