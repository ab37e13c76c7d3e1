using Mlops.Targets.Internal;

namespace Mlops.Targets;

/// <summary>A target with its references resolved: what the plan, the runner and extensions (CI generation) work with.</summary>
public sealed class ExecutableTarget
{
    internal ExecutableTarget(string name, int order, TargetDefinition definition)
    {
        Name = name;
        Order = order;
        Definition = definition;
    }

    public string Name { get; }

    /// <summary>Declaration order; breaks ties so plans are stable from run to run.</summary>
    public int Order { get; }

    public string Description => Definition.DescriptionText ?? "";

    /// <summary>DependsOn plus the targets that declared themselves DependentFor this one.</summary>
    public IReadOnlyList<ExecutableTarget> Dependencies => DependencyList;

    /// <summary>Triggers plus the targets that declared themselves TriggeredBy this one.</summary>
    public IReadOnlyList<ExecutableTarget> Triggers => TriggerList;

    /// <summary>Targets that must run before this one when both are planned (Before/After, either side's declaration).</summary>
    public IReadOnlyList<ExecutableTarget> RunsAfter => RunsAfterList;

    /// <summary>What this target reads of others' outputs: the producer, and the paths (none: all it produces).</summary>
    public IReadOnlyList<(ExecutableTarget Producer, IReadOnlyList<string> Paths)> Consumes => ConsumeList;

    /// <summary>Files, folders or globs it declares it makes, as written.</summary>
    public IReadOnlyList<string> Produces => Definition.ProducedPaths;

    /// <summary>Names of the parameters it Requires.</summary>
    public IEnumerable<string> RequiredParameters => Definition.RequiredParameters.Select(r => r.MemberName);

    /// <summary>Names of the [Secret] parameters it reads when set (UsesSecrets).</summary>
    public IEnumerable<string> UsedSecrets => Definition.UsedSecrets.Select(r => r.MemberName);

    public bool IsUnlisted => Definition.IsUnlisted;

    internal TargetDefinition Definition { get; }

    internal List<ExecutableTarget> DependencyList { get; } = [];

    internal List<ExecutableTarget> TriggerList { get; } = [];

    internal List<ExecutableTarget> RunsAfterList { get; } = [];

    internal List<(ExecutableTarget Producer, IReadOnlyList<string> Paths)> ConsumeList { get; } = [];

    /// <summary>What an extension recorded about this target through <see cref="ITargetDefinition.Extension{T}"/>, or null.</summary>
    public T? Extension<T>() where T : class => Definition.Extensions.GetValueOrDefault(typeof(T)) as T;

    public override string ToString() => Name;
}
