using Mlops.Effects;
using Mlops.Files;

namespace Mlops.Targets;

/// <summary>
/// What a reusable component sees of the build: <c>interface ITrain : IMlopsBuild { Target Train => _ => … }</c>.
/// A build class composes components by implementing them: <c>class Build : MlopsBuild, IValidateData, ITrain</c>.
/// </summary>
public interface IMlopsBuild
{
    AbsolutePath RootDirectory { get; }

    /// <summary>Everything targets make goes here, one folder per concern.</summary>
    AbsolutePath ArtifactsDirectory { get; }

    /// <summary><c>.nuke/temp</c>: the engine's and targets' scratch space, git-ignored.</summary>
    AbsolutePath TemporaryDirectory { get; }

    /// <summary>Where the build runs: on CI or not, on GitHub Actions or not, a terminal or not, the environment it saw.</summary>
    BuildHost Host { get; }

    /// <summary>True on CI (see <see cref="BuildHost.IsServerBuild"/>), false on a laptop.</summary>
    bool IsServerBuild { get; }

    bool IsLocalBuild { get; }

    /// <summary>--dry-run: do read-only work, record side effects instead of performing them.</summary>
    bool IsDryRun { get; }

    /// <summary>The value of a <c>[Parameter]</c> declared on a component interface (which cannot hold a field).</summary>
    T? Parameter<T>(string name);

    /// <summary>A line printed after the summary table, at the very end of the run (e.g. "12 passed, 0 failed").</summary>
    void ReportOutcome(string line);

    /// <summary>Set by --dry-run: where side effects are recorded instead of performed.</summary>
    EffectJournal? DryRunJournal { get; }

    /// <summary>Markdown for the job summary on GitHub Actions (a target's report: metrics, plots, tables).</summary>
    void ReportMarkdown(string markdown);

    /// <summary>Runs a long step with progress shown: live bars on a terminal, a log line per stage elsewhere.</summary>
    Task ShowProgressAsync(string title, IReadOnlyList<string> tasks, Func<IProgress<ProgressUpdate>, Task> work);
}
