using Mlops.Files;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Mlops.Targets.Simulation.Internal;

/// <summary>
/// A workflow as read from its YAML file (not from the build's declarations: the simulation proves what the
/// committed file does). Only what a runner needs is kept: triggers, inputs, env, jobs, steps.
/// </summary>
internal sealed record WorkflowFile(string Name, string RelativePath, IReadOnlyDictionary<string, TriggerFilter> On,
    IReadOnlyList<WorkflowInput> Inputs, IReadOnlyDictionary<string, string> Env, IReadOnlyList<WorkflowFileJob> Jobs)
{
    public static WorkflowFile Read(AbsolutePath root, string relativePath)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(File.ReadAllText(root / relativePath)));
        }
        catch (YamlException e)
        {
            throw new BuildInputException($"{relativePath}: not valid YAML at line {e.Start.Line}: {e.Message}", e);
        }

        var document = stream.Documents.FirstOrDefault()?.RootNode as YamlMappingNode
            ?? throw new BuildInputException($"{relativePath}: the top level must be a mapping.");
        var name = Text(document, "name") ?? Path.GetFileNameWithoutExtension(relativePath);
        var on = Triggers(document, relativePath);
        var inputs = Map(Map(Map(document, "on"), "workflow_dispatch"), "inputs")?.Children
            .Select(entry => WorkflowInput.From(((YamlScalarNode)entry.Key).Value!, (YamlMappingNode)entry.Value)).ToList() ?? [];
        var jobs = Map(document, "jobs")?.Children.Select(entry => WorkflowFileJob.From(((YamlScalarNode)entry.Key).Value!, (YamlMappingNode)entry.Value)).ToList()
            ?? throw new BuildInputException($"{relativePath}: no jobs.");
        return new WorkflowFile(name, relativePath, on, inputs, Strings(Map(document, "env")), jobs);
    }

    private static Dictionary<string, TriggerFilter> Triggers(YamlMappingNode document, string relativePath)
    {
        var node = document.Children.FirstOrDefault(e => e.Key is YamlScalarNode { Value: "on" or "true" }).Value; // YAML 1.1 reads 'on' as true
        return node switch
        {
            YamlScalarNode single => new() { [single.Value!] = TriggerFilter.None },
            YamlSequenceNode list => list.Children.ToDictionary(e => ((YamlScalarNode)e).Value!, _ => TriggerFilter.None),
            YamlMappingNode map => map.Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => TriggerFilter.From(e.Value as YamlMappingNode)),
            _ => throw new BuildInputException($"{relativePath}: no 'on:' triggers."),
        };
    }

    public static YamlMappingNode? Map(YamlMappingNode? node, string key) =>
        node is not null && node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child as YamlMappingNode : null;

    public static string? Text(YamlMappingNode? node, string key) =>
        node is not null && node.Children.TryGetValue(new YamlScalarNode(key), out var child) && child is YamlScalarNode scalar ? scalar.Value : null;

    public static List<string> List(YamlMappingNode? node, string key) =>
        node is not null && node.Children.TryGetValue(new YamlScalarNode(key), out var child)
            ? child switch
            {
                YamlSequenceNode sequence => sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value!).ToList(),
                YamlScalarNode scalar => [scalar.Value!],
                _ => [],
            }
            : [];

    public static Dictionary<string, string> Strings(YamlMappingNode? node) =>
        node?.Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => (e.Value as YamlScalarNode)?.Value ?? "", StringComparer.Ordinal) ?? [];
}

/// <summary>The branch, tag and path filters of one trigger.</summary>
internal sealed record TriggerFilter(IReadOnlyList<string> Branches, IReadOnlyList<string> Tags, IReadOnlyList<string> Paths)
{
    public static readonly TriggerFilter None = new([], [], []);

    public static TriggerFilter From(YamlMappingNode? node) =>
        node is null ? None : new(WorkflowFile.List(node, "branches"), WorkflowFile.List(node, "tags"), WorkflowFile.List(node, "paths"));
}

/// <summary>A workflow_dispatch input: its type, choices, default and whether it must be given.</summary>
internal sealed record WorkflowInput(string Name, string Type, IReadOnlyList<string> Options, string? Default, bool Required)
{
    public static WorkflowInput From(string name, YamlMappingNode node) => new(
        name,
        WorkflowFile.Text(node, "type") ?? "string",
        WorkflowFile.List(node, "options"),
        WorkflowFile.Text(node, "default"),
        WorkflowFile.Text(node, "required") == "true");
}

internal sealed record WorkflowFileJob(string Id, string Name, IReadOnlyList<string> Needs, string? If, int TimeoutMinutes,
    IReadOnlyDictionary<string, string> Env, IReadOnlyList<WorkflowFileStep> Steps)
{
    public static WorkflowFileJob From(string id, YamlMappingNode node) => new(
        id,
        WorkflowFile.Text(node, "name") ?? id,
        WorkflowFile.List(node, "needs"),
        WorkflowFile.Text(node, "if"),
        int.TryParse(WorkflowFile.Text(node, "timeout-minutes"), out var minutes) ? minutes : 360,
        WorkflowFile.Strings(WorkflowFile.Map(node, "env")),
        node.Children.TryGetValue(new YamlScalarNode("steps"), out var steps) && steps is YamlSequenceNode list
            ? list.Children.OfType<YamlMappingNode>().Select(WorkflowFileStep.From).ToList()
            : []);
}

internal sealed record WorkflowFileStep(string? Name, string? Uses, string? Run, string? If,
    IReadOnlyDictionary<string, string> With, IReadOnlyDictionary<string, string> Env)
{
    /// <summary>The action without its version: "actions/upload-artifact".</summary>
    public string? Action => Uses?.Split('@')[0];

    public string Title => Name ?? Run?.Split('\n')[0] ?? Uses ?? "step";

    public static WorkflowFileStep From(YamlMappingNode node) => new(
        WorkflowFile.Text(node, "name"),
        WorkflowFile.Text(node, "uses"),
        WorkflowFile.Text(node, "run"),
        WorkflowFile.Text(node, "if"),
        WorkflowFile.Strings(WorkflowFile.Map(node, "with")),
        WorkflowFile.Strings(WorkflowFile.Map(node, "env")));
}
