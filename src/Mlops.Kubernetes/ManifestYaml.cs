using System.Text.Json.Nodes;
using Mlops.Kubernetes.Internal;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Mlops.Kubernetes;

/// <summary>Reads the objects of a multi-document YAML manifest, each in its JSON form.</summary>
public static class ManifestYaml
{
    /// <summary>
    /// The objects in <paramref name="text"/>; empty documents are skipped. A document that is not YAML, or lacks
    /// apiVersion, kind or metadata.name, is an error naming <paramref name="source"/> and the line.
    /// </summary>
    public static IReadOnlyList<ManifestObject> Parse(string source, string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new ManifestException(source, $"line {e.Start.Line}: {Innermost(e)}", e);
        }

        var objects = new List<ManifestObject>();
        foreach (var document in stream.Documents)
        {
            if (document.RootNode is YamlScalarNode { Value: null or "" })
            {
                continue;
            }

            var line = document.RootNode.Start.Line;
            JsonNode? json;
            try
            {
                json = YamlJson.ToJson(document.RootNode);
            }
            catch (YamlException e)
            {
                throw new ManifestException(source, $"line {e.Start.Line}: {e.Message}", e);
            }

            if (json is not JsonObject root)
            {
                throw new ManifestException(source, $"line {line}: a document that is not a mapping (a Kubernetes object is one)");
            }

            string Field(JsonNode? node, string name) => node is JsonValue value && value.TryGetValue<string>(out var s) && s.Length > 0
                ? s
                : throw new ManifestException(source, $"line {line}: the object has no {name}");

            var apiVersion = Field(root["apiVersion"], "apiVersion");
            var kind = Field(root["kind"], "kind");
            var name = Field(root["metadata"]?["name"], "metadata.name");
            objects.Add(new ManifestObject(source, apiVersion, kind, name, root));
        }

        return objects;
    }

    internal static string Innermost(Exception e)
    {
        while (e.InnerException is { } inner)
        {
            e = inner;
        }

        return e.Message;
    }
}
