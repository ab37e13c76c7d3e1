namespace Mlops.Targets;

/// <summary>Where the build writes for people: normal output, errors, and whether colours are understood there.</summary>
public sealed record BuildConsole(TextWriter Out, TextWriter Error, bool UseColors)
{
    /// <summary>The process's console; colours on a terminal and on GitHub Actions (whose log renders ANSI).</summary>
    public static BuildConsole Standard(IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var colors = !environment.ContainsKey("NO_COLOR") &&
            (!Console.IsOutputRedirected || environment.GetValueOrDefault("GITHUB_ACTIONS") == "true");
        return new BuildConsole(Console.Out, Console.Error, colors);
    }
}
