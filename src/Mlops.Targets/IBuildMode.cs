namespace Mlops.Targets;

/// <summary>
/// One thing the command line can ask of a build instead of running targets: --help, --plan, --generate-ci,
/// --simulate. The engine's own modes and those of extensions are alike; the first chosen one runs.
/// </summary>
public interface IBuildMode
{
    /// <summary>The options that choose this mode and those it reads, with their help lines.</summary>
    IReadOnlyList<BuildOption> Options { get; }

    bool IsChosen(BuildContext context);

    /// <summary>Does the work; returns the exit code.</summary>
    Task<int> RunAsync(BuildContext context);
}

/// <summary>
/// A command-line option a mode adds: <c>--simulate &lt;workflow&gt;</c> takes one value, <c>--input</c> several,
/// <c>--generate-ci</c> none (a flag; targets may follow it). <paramref name="Usage"/> and <paramref name="Help"/> are
/// what --help shows.
/// </summary>
public sealed record BuildOption(string Name, int MaxValues, string Usage, string Help)
{
    public bool IsFlag => MaxValues == 0;
}
