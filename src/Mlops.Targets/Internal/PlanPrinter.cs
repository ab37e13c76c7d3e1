namespace Mlops.Targets.Internal;

/// <summary>--plan: the order that would run, each target with the reason it is there; or the graph as Mermaid.</summary>
internal static class PlanPrinter
{
    public static void WriteText(TextWriter output, ExecutionPlan plan)
    {
        output.WriteLine($"Plan for {string.Join(", ", plan.Invoked.Select(t => t.Name))}:");
        var width = plan.Steps.Select(s => s.Name.Length).DefaultIfEmpty(0).Max() + 3;
        var number = 0;
        foreach (var step in plan.Steps)
        {
            var position = step.SkipReason is null ? $"{++number,3}." : "   -";
            var reason = step.SkipReason is null ? step.Reason : $"skipped ({step.SkipReason}); {step.Reason}";
            var after = step.Predecessors.Count > 0 ? $"  [after {string.Join(", ", step.Predecessors.Select(p => p.Name))}]" : "";
            output.WriteLine($"{position} {step.Name.PadRight(width)}{reason}{after}");
        }
    }

    /// <summary>
    /// The whole target graph: solid arrows for dependencies, dashed for ordering, labelled for triggers; planned targets
    /// are highlighted and skipped ones greyed.
    /// </summary>
    public static void WriteMermaid(TextWriter output, TargetCatalog catalog, ExecutionPlan plan)
    {
        output.WriteLine("graph LR");
        foreach (var target in catalog.Targets)
        {
            output.WriteLine($"    {target.Name}[\"{target.Name}\"]");
        }

        foreach (var target in catalog.Targets)
        {
            foreach (var dependency in target.Dependencies)
            {
                output.WriteLine($"    {dependency.Name} --> {target.Name}");
            }

            foreach (var triggered in target.Triggers)
            {
                output.WriteLine($"    {target.Name} -- triggers --> {triggered.Name}");
            }

            foreach (var before in target.RunsAfter)
            {
                output.WriteLine($"    {before.Name} -.-> {target.Name}");
            }
        }

        output.WriteLine("    classDef planned fill:#d4f4dd,stroke:#2e7d32");
        output.WriteLine("    classDef skipped fill:#eeeeee,stroke:#9e9e9e,color:#757575");
        var planned = plan.Steps.Where(s => s.SkipReason is null).Select(s => s.Name).ToList();
        var skipped = plan.Steps.Where(s => s.SkipReason is not null).Select(s => s.Name).ToList();
        if (planned.Count > 0)
        {
            output.WriteLine($"    class {string.Join(",", planned)} planned");
        }

        if (skipped.Count > 0)
        {
            output.WriteLine($"    class {string.Join(",", skipped)} skipped");
        }
    }
}
