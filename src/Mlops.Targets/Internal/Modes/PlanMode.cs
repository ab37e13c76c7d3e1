namespace Mlops.Targets.Internal.Modes;

/// <summary>--plan [text|mermaid]: the order that would run and why, or the whole graph, and nothing runs.</summary>
internal sealed class PlanMode : IBuildMode
{
    public IReadOnlyList<BuildOption> Options => []; // --plan is the engine's own option

    public bool IsChosen(BuildContext context) => context.Options.Plan is not null;

    public Task<int> RunAsync(BuildContext context)
    {
        var (plan, _) = TargetSelection.Plan(context);
        if (context.Options.Plan == "mermaid")
        {
            PlanPrinter.WriteMermaid(context.Console.Out, context.Targets, plan);
        }
        else
        {
            PlanPrinter.WriteText(context.Console.Out, plan);
        }

        return Task.FromResult(BuildExitCode.Succeeded);
    }
}
