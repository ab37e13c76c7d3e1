namespace Mlops.Targets;

/// <summary>
/// Where the build runs, decided once when it starts from the environment snapshot and the console: on CI or a
/// laptop, on GitHub Actions or not, whether a person watches a terminal, and the variables themselves. Every part of
/// the engine, its extensions and the build asks this record, never the process environment, so a test that hands a
/// build its own environment gets exactly that host.
/// </summary>
public sealed class BuildHost
{
    private BuildHost(IReadOnlyDictionary<string, string> variables, bool isServerBuild, bool isGitHubActions, bool isInteractive, bool useColors)
    {
        Variables = variables;
        IsServerBuild = isServerBuild;
        IsGitHubActions = isGitHubActions;
        IsInteractive = isInteractive;
        UseColors = useColors;
    }

    /// <summary>The environment as the build saw it when it started.</summary>
    public IReadOnlyDictionary<string, string> Variables { get; }

    /// <summary>On CI: <c>CI</c> is true (or 1), or the build runs on GitHub Actions.</summary>
    public bool IsServerBuild { get; }

    /// <summary>On a GitHub Actions runner (<c>GITHUB_ACTIONS=true</c>): annotations, groups, the job summary.</summary>
    public bool IsGitHubActions { get; }

    /// <summary>A person watches a terminal: live progress bars; never on CI, whose log is read afterwards.</summary>
    public bool IsInteractive { get; }

    /// <summary>ANSI colours: on a terminal and on GitHub Actions (whose log renders them), unless NO_COLOR is set.</summary>
    public bool UseColors { get; }

    /// <summary>A variable of the snapshot, or null when it is unset or empty.</summary>
    public string? Variable(string name) => Variables.GetValueOrDefault(name) is { Length: > 0 } value ? value : null;

    /// <param name="environment">The snapshot taken at start (tests pass their own).</param>
    /// <param name="terminal">Whether the console writes to a terminal (tests say so through their console).</param>
    /// <param name="colorsWanted">False when the console cannot show colours at all (a test's string writer).</param>
    public static BuildHost Detect(IReadOnlyDictionary<string, string> environment, bool terminal, bool colorsWanted = true)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var gitHubActions = environment.GetValueOrDefault("GITHUB_ACTIONS") == "true";
        var ci = environment.GetValueOrDefault("CI") is { } value && (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value == "1");
        var server = ci || gitHubActions;
        var colors = colorsWanted && !environment.ContainsKey("NO_COLOR") && (terminal || gitHubActions);
        return new BuildHost(environment, server, gitHubActions, isInteractive: terminal && !server, colors);
    }
}
