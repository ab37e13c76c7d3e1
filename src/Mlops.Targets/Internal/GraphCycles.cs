namespace Mlops.Targets.Internal;

/// <summary>Finds a cycle among all declared orderings (DependsOn, DependentFor, Before/After, Triggers/TriggeredBy).</summary>
internal static class GraphCycles
{
    public static void ThrowIfAny(TargetCatalog catalog)
    {
        var state = new Dictionary<ExecutableTarget, bool>(); // false: on the current path; true: done
        var path = new List<ExecutableTarget>();

        void Visit(ExecutableTarget target)
        {
            if (state.TryGetValue(target, out var done))
            {
                if (!done)
                {
                    var cycle = path.Skip(path.IndexOf(target)).Append(target).Select(t => t.Name);
                    throw new BuildInputException($"The targets form a cycle: {string.Join(" → ", cycle)} (each runs after the next).");
                }

                return;
            }

            state[target] = false;
            path.Add(target);
            foreach (var before in MustRunBefore(catalog, target))
            {
                Visit(before);
            }

            path.RemoveAt(path.Count - 1);
            state[target] = true;
        }

        foreach (var target in catalog.Targets)
        {
            Visit(target);
        }
    }

    /// <summary>The targets that must finish before <paramref name="target"/> may start, by any declaration.</summary>
    public static IEnumerable<ExecutableTarget> MustRunBefore(TargetCatalog catalog, ExecutableTarget target) =>
        target.Dependencies
            .Concat(target.RunsAfter)
            .Concat(catalog.Targets.Where(t => t.Triggers.Contains(target)))
            .Distinct();
}
