using Spectre.Console;

namespace Mlops.Targets.Internal;

/// <summary>
/// A Spectre console on the build's writer that takes the build's word for what it is: Spectre's own detection reads
/// the process environment (CI and GITHUB_ACTIONS turn off live displays), which would make the build's host record
/// — and a test's environment — lie.
/// </summary>
internal static class SpectreConsole
{
    public static IAnsiConsole For(BuildConsole console, BuildHost host, bool live) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(console.Out),
        Ansi = live || host.UseColors ? AnsiSupport.Yes : AnsiSupport.No,
        ColorSystem = !host.UseColors ? ColorSystemSupport.NoColors : live ? ColorSystemSupport.Detect : ColorSystemSupport.Standard,
        Interactive = live ? InteractionSupport.Yes : InteractionSupport.No,
        Enrichment = new ProfileEnrichment { UseDefaultEnrichers = false },
        EnvironmentVariables = host.Variables.ToDictionary(),
    });
}
