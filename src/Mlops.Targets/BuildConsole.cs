namespace Mlops.Targets;

/// <summary>Where the build writes for people: normal output, errors, and whether colours are understood there.</summary>
public sealed record BuildConsole(TextWriter Out, TextWriter Error, bool UseColors, bool Interactive = false)
{
    /// <summary>The process's console; colours on a terminal and on GitHub Actions (whose log renders ANSI).</summary>
    public static BuildConsole Standard(IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var colors = !environment.ContainsKey("NO_COLOR") &&
            (!Console.IsOutputRedirected || environment.GetValueOrDefault("GITHUB_ACTIONS") == "true");
        // Live displays only where a person watches a terminal; CI logs get plain lines.
        var interactive = !Console.IsOutputRedirected && !environment.ContainsKey("CI") && !environment.ContainsKey("GITHUB_ACTIONS");
        return new BuildConsole(Console.Out, Console.Error, colors, interactive);
    }
}
