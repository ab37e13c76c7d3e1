using System.Collections;
using System.Linq.Expressions;
using Mlops.Effects;
using Mlops.Files;
using Mlops.Targets.Internal;

namespace Mlops.Targets;

/// <summary>
/// The base of a build class. Declare targets as properties and start it from Main:
/// <code>public static int Main() => Execute&lt;Build&gt;(x => x.Test);</code>
/// </summary>
public abstract class MlopsBuild : IMlopsBuild
{
    private readonly Lock _gate = new();
    private readonly List<string> _outcomes = [];
    private readonly List<string> _reports = [];

    public AbsolutePath RootDirectory { get; internal set; } = null!;

    public AbsolutePath ArtifactsDirectory => RootDirectory / "artifacts";

    public AbsolutePath TemporaryDirectory => RootDirectory / ".nuke" / "temp";

    /// <summary>Where the build runs and the environment it saw when it started (tests hand in their own).</summary>
    public BuildHost Host { get; internal set; } = BuildHost.Detect(new Dictionary<string, string>(), terminal: false);

    public bool IsServerBuild => Host.IsServerBuild;

    public bool IsLocalBuild => !IsServerBuild;

    public bool IsDryRun { get; internal set; }

    /// <summary>The targets named on the command line (or the default ones).</summary>
    public IReadOnlyList<string> InvokedTargets { get; internal set; } = [];

    /// <summary>Set by --dry-run: side effects are recorded here instead of performed, and listed at the end.</summary>
    public EffectJournal? DryRunJournal { get; internal set; }

    /// <summary>The repository's files: written for real, or under --dry-run recorded with their diff.</summary>
    public RepositoryFiles RepositoryFiles => new(RootDirectory, DryRunJournal);

    /// <summary>Lines for the very end of the run (after the summary table), in the order reported.</summary>
    public IReadOnlyList<string> Outcomes
    {
        get
        {
            lock (_gate)
            {
                return _outcomes.ToList();
            }
        }
    }

    /// <summary>The targets' Markdown reports, in the order reported (a CI integration puts them in its job summary).</summary>
    public IReadOnlyList<string> MarkdownReports
    {
        get
        {
            lock (_gate)
            {
                return _reports.ToList();
            }
        }
    }

    /// <summary>
    /// The extensions plugged into this build: CI integrations (workflow generation, reporting on a runner), the
    /// workflow simulator. None by default: the engine alone runs targets.
    /// </summary>
    protected internal virtual IEnumerable<IBuildExtension> Extensions => [];

    internal SecretMasker Secrets { get; } = new();

    internal BuildConsole? Console { get; set; }

    internal MaskingSink? ConsoleLog { get; set; }

    internal Dictionary<string, object?> StoredParameters { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Each parameter's value as the build class declares it, kept before the command line, environment and files set it.</summary>
    internal Dictionary<string, object?> DeclaredParameters { get; } = new(StringComparer.OrdinalIgnoreCase);

    public T? Parameter<T>(string name) => StoredParameters.TryGetValue(name, out var value) && value is T typed ? typed : default;

    public void ReportOutcome(string line)
    {
        lock (_gate)
        {
            _outcomes.Add(line);
        }
    }

    /// <summary>
    /// Runs a long step with progress shown: live bars on a terminal, a log line per stage elsewhere.
    /// <paramref name="tasks"/> names the parts (e.g. the candidates being trained) that updates refer to.
    /// </summary>
    public Task ShowProgressAsync(string title, IReadOnlyList<string> tasks, Func<IProgress<ProgressUpdate>, Task> work) =>
        new ProgressDisplay(Console ?? new BuildConsole(TextWriter.Null, TextWriter.Null, UseColors: false), Host, ConsoleLog).RunAsync(title, tasks, work);

    public void ReportMarkdown(string markdown)
    {
        lock (_gate)
        {
            _reports.Add(markdown);
        }
    }

    /// <summary>Runs the build with the process's arguments and environment; returns the exit code.</summary>
    protected static int Execute<T>(params Expression<Func<T, Target>>[] defaultTargets) where T : MlopsBuild, new()
    {
        // The one read of the process environment: everything after asks the snapshot, through the build's host.
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            environment[(string)variable.Key] = (string?)variable.Value ?? ""; // a loop: LINQ over DictionaryEntry costs start-up JIT
        }

        return BuildSession.Run(new T(), Environment.GetCommandLineArgs()[1..], BuildConsole.Standard(), environment, TargetNames(defaultTargets));
    }

    /// <summary>Runs a build in-process with the given arguments, console and environment (what tests and tools use).</summary>
    public static int Run<T>(T build, IReadOnlyList<string> args, BuildConsole console, IReadOnlyDictionary<string, string> environment,
        params Expression<Func<T, Target>>[] defaultTargets) where T : MlopsBuild =>
        BuildSession.Run(build, args, console, environment, TargetNames(defaultTargets));

    private static string[] TargetNames<T>(Expression<Func<T, Target>>[] selectors) =>
        selectors.Select(s => s.Body is MemberExpression member
            ? ParameterName.Strip(member.Member.Name)
            : throw new ArgumentException($"A default target is named as x => x.Target, not {s}.", nameof(selectors))).ToArray();
}
