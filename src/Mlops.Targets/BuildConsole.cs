namespace Mlops.Targets;

/// <summary>
/// Where the build writes for people: normal output and errors, whether colours can be shown there, and whether it
/// is a terminal. What the build makes of that (live bars, colours on CI) is decided once, in <see cref="BuildHost"/>.
/// </summary>
public sealed record BuildConsole(TextWriter Out, TextWriter Error, bool UseColors, bool Interactive = false)
{
    /// <summary>The process's console: a terminal unless its output is redirected.</summary>
    public static BuildConsole Standard() =>
        new(Console.Out, Console.Error, UseColors: true, Interactive: !Console.IsOutputRedirected);
}
