namespace Mlops.Targets.Internal.Modes;

/// <summary>The plan for the targets the command line names (or the defaults), what --plan prints and a run runs.</summary>
internal static class TargetSelection
{
    public static (ExecutionPlan Plan, List<ExecutableTarget>? Force) Plan(BuildContext context)
    {
        var catalog = context.Targets;
        var options = context.Options;
        var invoked = (options.Targets.Count > 0 ? options.Targets.Select(catalog.Get) : context.DefaultTargets).Distinct().ToList();
        if (invoked.Count == 0)
        {
            throw new BuildInputException("No target given, and the build names no default target. See --help.");
        }

        context.Build.InvokedTargets = invoked.Select(t => t.Name).ToList();
        var skip = options.Skip?.Select(catalog.Get).ToList();
        var force = options.Force?.Select(catalog.Get).ToList();
        return (ExecutionPlan.Create(catalog, invoked, skip), force);
    }
}
