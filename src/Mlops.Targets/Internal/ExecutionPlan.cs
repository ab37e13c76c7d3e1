namespace Mlops.Targets.Internal;

/// <summary>
/// Which targets run, why, and in what order: the invoked ones, their dependencies and what they trigger, in
/// topological order (ties broken by declaration order, so the plan is the same every run).
/// </summary>
internal sealed class ExecutionPlan
{
    /// <summary>The skip reason of targets skipped by --skip: unlike a static condition, what they need is still planned.</summary>
    public const string SkippedOnCommandLine = "--skip";

    private ExecutionPlan(IReadOnlyList<ExecutableTarget> invoked, IReadOnlyList<PlannedTarget> steps)
    {
        Invoked = invoked;
        Steps = steps;
    }

    public IReadOnlyList<ExecutableTarget> Invoked { get; }

    public IReadOnlyList<PlannedTarget> Steps { get; }

    /// <param name="skip">Null: no --skip; empty: skip all but the invoked targets; otherwise the targets to skip.</param>
    public static ExecutionPlan Create(TargetCatalog catalog, IReadOnlyList<ExecutableTarget> invoked, IReadOnlyCollection<ExecutableTarget>? skip)
    {
        GraphCycles.ThrowIfAny(catalog);
        var planned = new Dictionary<ExecutableTarget, PlannedTarget>();
        var queue = new Queue<ExecutableTarget>();

        void Add(ExecutableTarget target, string reason)
        {
            if (planned.TryAdd(target, new PlannedTarget(target, reason)))
            {
                queue.Enqueue(target);
            }
        }

        foreach (var target in invoked)
        {
            Add(target, "invoked");
        }

        while (queue.TryDequeue(out var target))
        {
            var step = planned[target];
            step.SkipReason = SkipReason(target, invoked, skip);
            if (step.SkipReason is not null && step.SkipReason != SkippedOnCommandLine)
            {
                continue; // statically off: what only it needed is left out too
            }

            foreach (var dependency in target.Dependencies)
            {
                Add(dependency, $"dependency of {target.Name}");
            }

            if (step.SkipReason is null)
            {
                foreach (var triggered in target.Triggers)
                {
                    Add(triggered, $"triggered by {target.Name}");
                }
            }
        }

        Link(planned);
        return new ExecutionPlan(invoked, Order(planned.Values));
    }

    private static string? SkipReason(ExecutableTarget target, IReadOnlyList<ExecutableTarget> invoked, IReadOnlyCollection<ExecutableTarget>? skip)
    {
        foreach (var condition in target.Definition.StaticConditions)
        {
            if (!Evaluate(target, condition, "OnlyWhenStatic"))
            {
                return $"{condition.Text} is false";
            }
        }

        var skipped = skip is not null && (skip.Count == 0 ? !invoked.Contains(target) : skip.Contains(target));
        return skipped ? SkippedOnCommandLine : null;
    }

    /// <summary>Evaluates a declared condition; one that throws is reported with the target and the condition's text.</summary>
    public static bool Evaluate(ExecutableTarget target, Condition condition, string kind)
    {
        try
        {
            return condition.Evaluate();
        }
        catch (Exception e)
        {
            throw new BuildInputException($"{kind}({condition.Text}) of target '{target.Name}' threw: {e.Message}", e);
        }
    }

    private static void Link(Dictionary<ExecutableTarget, PlannedTarget> planned)
    {
        foreach (var step in planned.Values)
        {
            foreach (var dependency in step.Target.Dependencies.Where(planned.ContainsKey))
            {
                step.Prerequisites.Add(planned[dependency]);
            }

            foreach (var trigger in planned.Values.Where(p => p.Target.Triggers.Contains(step.Target) && p.SkipReason is null))
            {
                step.Prerequisites.Add(trigger);
            }

            step.Predecessors.AddRange(step.Prerequisites);
            step.Predecessors.AddRange(step.Target.RunsAfter.Where(planned.ContainsKey).Select(t => planned[t]).Except(step.Predecessors));
        }
    }

    private static List<PlannedTarget> Order(IEnumerable<PlannedTarget> steps)
    {
        var remaining = steps.ToDictionary(s => s, s => s.Predecessors.Count);
        var ordered = new List<PlannedTarget>();
        while (remaining.Count > 0)
        {
            // The cycle check ran on the whole graph, so some step is always ready here.
            var next = remaining.Keys.Where(s => remaining[s] == 0).Aggregate((a, b) => b.Target.Order < a.Target.Order ? b : a);
            remaining.Remove(next);
            ordered.Add(next);
            foreach (var successor in remaining.Keys.Where(s => s.Predecessors.Contains(next)).ToList())
            {
                remaining[successor]--;
            }
        }

        return ordered;
    }
}
