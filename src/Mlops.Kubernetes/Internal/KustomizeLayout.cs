using YamlDotNet.RepresentationModel;

namespace Mlops.Kubernetes.Internal;

/// <summary>
/// The kustomizations in a folder of manifests, and the YAML files none of them lists as a resource (examples, files
/// applied by hand), which are checked on their own.
/// </summary>
internal sealed record KustomizeLayout(IReadOnlyList<string> Folders, IReadOnlyList<string> UnlistedFiles)
{
    private static readonly string[] KustomizationNames = ["kustomization.yaml", "kustomization.yml", "Kustomization"];

    public static KustomizeLayout Read(string root)
    {
        var folders = new List<string>();
        var listed = new HashSet<string>(StringComparer.Ordinal);
        var yamlFiles = new List<string>();
        foreach (var folder in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).Prepend(root).Order(StringComparer.Ordinal))
        {
            var kustomization = KustomizationNames.Select(n => Path.Combine(folder, n)).FirstOrDefault(File.Exists);
            if (kustomization is not null)
            {
                folders.Add(folder);
                listed.UnionWith(Resources(kustomization).Select(r => Path.GetFullPath(Path.Combine(folder, r))));
            }

            yamlFiles.AddRange(Directory.EnumerateFiles(folder)
                .Where(f => (f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal)) && f != kustomization));
        }

        return new KustomizeLayout(folders, [.. yamlFiles.Where(f => !listed.Contains(Path.GetFullPath(f))).Order(StringComparer.Ordinal)]);
    }

    /// <summary>Every file a kustomization names: resources, and patches given by path. A malformed one lists none (kustomize says why).</summary>
    private static IEnumerable<string> Resources(string kustomization)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(File.ReadAllText(kustomization)));
        }
        catch (YamlDotNet.Core.YamlException)
        {
            yield break;
        }

        if (stream.Documents.FirstOrDefault()?.RootNode is not YamlMappingNode root)
        {
            yield break;
        }

        foreach (var key in new[] { "resources", "bases", "patchesStrategicMerge", "patches", "components" })
        {
            if (root.Children.TryGetValue(key, out var list) && list is YamlSequenceNode sequence)
            {
                foreach (var entry in sequence.Children)
                {
                    var path = entry switch
                    {
                        YamlScalarNode scalar => scalar.Value,
                        YamlMappingNode patch when patch.Children.TryGetValue("path", out var p) => (p as YamlScalarNode)?.Value,
                        _ => null,
                    };
                    if (path is not null)
                    {
                        yield return path;
                    }
                }
            }
        }
    }
}
