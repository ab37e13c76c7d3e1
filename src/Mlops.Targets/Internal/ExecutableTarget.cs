namespace Mlops.Targets.Internal;

/// <summary>A target with its references resolved: what the plan and the runner work with.</summary>
internal sealed class ExecutableTarget(string name, int order, TargetDefinition definition)
{
    public string Name { get; } = name;

    /// <summary>Declaration order; breaks ties so plans are stable from run to run.</summary>
    public int Order { get; } = order;

    public TargetDefinition Definition { get; } = definition;

    public string Description => Definition.DescriptionText ?? "";

    /// <summary>DependsOn plus the targets that declared themselves DependentFor this one.</summary>
    public List<ExecutableTarget> Dependencies { get; } = [];

    /// <summary>Triggers plus the targets that declared themselves TriggeredBy this one.</summary>
    public List<ExecutableTarget> Triggers { get; } = [];

    /// <summary>Targets that must run before this one when both are planned (Before/After, either side's declaration).</summary>
    public List<ExecutableTarget> RunsAfter { get; } = [];

    public List<(ExecutableTarget Producer, string[] Paths)> Consumes { get; } = [];

    public override string ToString() => Name;
}
