namespace Mlops.Targets.Internal.Modes;

/// <summary>--help: the targets, the parameters and every option, the modes' included.</summary>
internal sealed class HelpMode : IBuildMode
{
    public IReadOnlyList<BuildOption> Options => []; // --help is the engine's own option

    public bool IsChosen(BuildContext context) => context.Options.Help;

    public Task<int> RunAsync(BuildContext context)
    {
        HelpText.Write(context.Console.Out, context.Targets, context.Parameters, context.DefaultTargets, context.Build, context.ModeOptions);
        return Task.FromResult(BuildExitCode.Succeeded);
    }
}
