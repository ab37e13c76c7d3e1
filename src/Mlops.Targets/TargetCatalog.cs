using System.Reflection;

using Mlops.Targets.Internal;

namespace Mlops.Targets;

/// <summary>
/// Every target of a build: <c>Target</c> properties of the class and of the component interfaces it implements
/// (whose default implementations the class may override). Names are case-insensitive.
/// </summary>
public sealed class TargetCatalog
{
    private readonly Dictionary<string, ExecutableTarget> _byName;

    private TargetCatalog(List<ExecutableTarget> targets)
    {
        Targets = targets;
        _byName = targets.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<ExecutableTarget> Targets { get; }

    public ExecutableTarget? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The target by name, or a one-line error listing the closest names.</summary>
    public ExecutableTarget Get(string name) =>
        Find(name) ?? throw new BuildInputException(
            $"Unknown target '{name}'.{Names.DidYouMean.OrKnown(name, Targets.Select(t => t.Name).Order(StringComparer.Ordinal))}");

    /// <summary>A cycle among all declared orderings is a one-line error naming it.</summary>
    public void ThrowIfCycle() => GraphCycles.ThrowIfAny(this);

    internal static TargetCatalog Discover(MlopsBuild build)
    {
        var declared = DeclaredTargets(build);
        var byMethod = new Dictionary<MethodInfo, ExecutableTarget>();
        var targets = new List<ExecutableTarget>();
        foreach (var (name, target) in declared)
        {
            var definition = new TargetDefinition(build);
            target(definition);
            var executable = new ExecutableTarget(name, targets.Count, definition);
            targets.Add(executable);
            byMethod[target.Method] = executable;
        }

        foreach (var target in targets)
        {
            Resolve(target, byMethod);
        }

        return new TargetCatalog(targets);
    }

    /// <summary>Class properties first (base classes before derived, in declaration order), then interface ones.</summary>
    private static List<(string Name, Target Target)> DeclaredTargets(object build)
    {
        const BindingFlags flags = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        var result = new List<(string, Target)>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        var hierarchy = new Stack<Type>();
        for (var type = build.GetType(); type is not null && type != typeof(object); type = type.BaseType)
        {
            hierarchy.Push(type);
        }

        // Static too: a target that touches no instance data is one the analyzers (CA1822) ask to make static.
        var classProperties = hierarchy.SelectMany(type => type.GetProperties(flags | BindingFlags.Static).OrderBy(p => p.MetadataToken))
            .Where(p => !p.Name.Contains('.', StringComparison.Ordinal)); // explicit implementations come through their interface
        var interfaceProperties = build.GetType().GetInterfaces()
            .SelectMany(type => type.GetProperties(flags).OrderBy(p => p.MetadataToken));

        foreach (var property in classProperties.Concat(interfaceProperties))
        {
            if (property.PropertyType != typeof(Target) || property.GetIndexParameters().Length > 0 || !seen.Add(property.Name))
            {
                continue;
            }

            // Reading through the interface property dispatches to the most specific implementation.
            if (property.GetValue(property.GetMethod!.IsStatic ? null : build) is Target target)
            {
                result.Add((property.Name, target));
            }
        }

        return result;
    }

    private static void Resolve(ExecutableTarget target, Dictionary<MethodInfo, ExecutableTarget> byMethod)
    {
        var definition = target.Definition;
        ExecutableTarget Lookup(Target reference, string relation) =>
            byMethod.GetValueOrDefault(reference.Method) ?? throw new BuildInputException(
                $"Target '{target.Name}' {relation} a target that is not part of this build ({reference.Method.DeclaringType?.Name}).");

        foreach (var reference in definition.DependsOnTargets)
        {
            AddOnce(target.DependencyList, Lookup(reference, "depends on"));
        }

        foreach (var reference in definition.DependentForTargets)
        {
            AddOnce(Lookup(reference, "is dependent for").DependencyList, target);
        }

        foreach (var reference in definition.TriggersTargets)
        {
            AddOnce(target.TriggerList, Lookup(reference, "triggers"));
        }

        foreach (var reference in definition.TriggeredByTargets)
        {
            AddOnce(Lookup(reference, "is triggered by").TriggerList, target);
        }

        foreach (var reference in definition.BeforeTargets)
        {
            AddOnce(Lookup(reference, "runs before").RunsAfterList, target);
        }

        foreach (var reference in definition.AfterTargets)
        {
            AddOnce(target.RunsAfterList, Lookup(reference, "runs after"));
        }

        foreach (var (producer, paths) in definition.ConsumedArtifacts)
        {
            target.ConsumeList.Add((Lookup(producer, "consumes from"), paths));
        }
    }

    private static void AddOnce(List<ExecutableTarget> list, ExecutableTarget target)
    {
        if (!list.Contains(target))
        {
            list.Add(target);
        }
    }
}
