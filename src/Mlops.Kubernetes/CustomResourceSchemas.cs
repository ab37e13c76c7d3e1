using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Mlops.Kubernetes.Internal;

namespace Mlops.Kubernetes;

/// <summary>
/// The schemas of custom resources, read from CustomResourceDefinition files (one schema per served version), and the
/// check of an object against the one for its apiVersion and kind: unknown fields, wrong types, missing required fields
/// and values out of their enum or range are findings, with the path of the field.
/// </summary>
public sealed class CustomResourceSchemas
{
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.Hierarchical };

    private readonly Dictionary<string, JsonSchema> _schemas;

    private CustomResourceSchemas(Dictionary<string, JsonSchema> schemas) => _schemas = schemas;

    /// <summary>The kinds known, as "group/version/Kind".</summary>
    public IReadOnlyCollection<string> Kinds => _schemas.Keys;

    /// <summary>Reads every *.yaml / *.yml CRD in <paramref name="folder"/> (other kinds of object there are ignored).</summary>
    public static CustomResourceSchemas Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new ManifestException($"{folder}: no such folder of CustomResourceDefinitions");
        }

        var schemas = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(folder).Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal));
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            foreach (var crd in ManifestYaml.Parse(file, File.ReadAllText(file)).Where(o => o.Kind == "CustomResourceDefinition"))
            {
                var spec = crd.Json["spec"]?.AsObject() ?? throw new ManifestException($"{file}: {crd.Display} has no spec");
                var group = spec["group"]?.GetValue<string>();
                var kind = spec["names"]?["kind"]?.GetValue<string>();
                foreach (var version in spec["versions"]?.AsArray() ?? [])
                {
                    if (version?["schema"]?["openAPIV3Schema"] is JsonObject openApi)
                    {
                        var schema = StructuralSchema.ToJsonSchema(openApi);
                        schemas[$"{group}/{version["name"]}/{kind}"] = JsonSchema.FromText(schema.ToJsonString());
                    }
                }
            }
        }

        return schemas.Count > 0 ? new CustomResourceSchemas(schemas) : throw new ManifestException($"{folder}: no CustomResourceDefinition with a schema");
    }

    /// <summary>Whether a schema is known for the object's group, version and kind.</summary>
    public bool Knows(ManifestObject manifest) => _schemas.ContainsKey(Key(manifest));

    /// <summary>What is wrong with <paramref name="manifest"/> under its CRD's schema; empty when it conforms.</summary>
    public IReadOnlyList<string> Check(ManifestObject manifest)
    {
        if (!_schemas.TryGetValue(Key(manifest), out var schema))
        {
            return [$"no CustomResourceDefinition for {manifest.ApiVersion} {manifest.Kind}"];
        }

        using var instance = JsonDocument.Parse(manifest.Json.ToJsonString());
        var result = schema.Evaluate(instance.RootElement, Options);
        return result.IsValid ? [] : SchemaErrors.Describe(result, manifest.Json);
    }

    private static string Key(ManifestObject manifest) => $"{manifest.Group}/{manifest.Version}/{manifest.Kind}";
}
