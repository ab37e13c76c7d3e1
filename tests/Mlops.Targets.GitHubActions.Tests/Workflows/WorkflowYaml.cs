using YamlDotNet.RepresentationModel;

namespace Mlops.Targets.GitHubActions.Tests.Workflows;

/// <summary>A generated workflow read back with a real YAML parser, so tests check what GitHub would read.</summary>
internal sealed class WorkflowYaml
{
    private WorkflowYaml(string text, YamlMappingNode root)
    {
        Text = text;
        Root = root;
    }

    public string Text { get; }

    public YamlMappingNode Root { get; }

    public YamlMappingNode Jobs => Map(Root, "jobs");

    public static WorkflowYaml Parse(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return new WorkflowYaml(text, (YamlMappingNode)stream.Documents[0].RootNode);
    }

    public YamlMappingNode Job(string id) => Map(Jobs, id);

    public static YamlMappingNode Map(YamlMappingNode node, params string[] path) =>
        (YamlMappingNode)(Walk(node, path) ?? throw new KeyNotFoundException(string.Join(".", path)));

    /// <summary>The scalar at the path, or null when any key on the way is missing.</summary>
    public static string? Scalar(YamlMappingNode node, params string[] path) =>
        Walk(node, path) is YamlScalarNode { Value: var value } ? value : null;

    public static bool Has(YamlMappingNode node, string key) => node.Children.ContainsKey(new YamlScalarNode(key));

    public static List<string> Strings(YamlMappingNode node, params string[] path) =>
        ((YamlSequenceNode)Walk(node, path)!).Children.Select(c => ((YamlScalarNode)c).Value!).ToList();

    public static List<YamlMappingNode> Steps(YamlMappingNode job) =>
        ((YamlSequenceNode)job.Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>().ToList();

    public static YamlMappingNode Step(YamlMappingNode job, string name) =>
        Steps(job).Single(s => Scalar(s, "name") == name);

    private static YamlNode? Walk(YamlNode node, string[] path)
    {
        foreach (var key in path)
        {
            if (node is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode(key), out var child))
            {
                return null;
            }

            node = child;
        }

        return node;
    }
}
