using Mlops.Effects;
using Mlops.Files;
using Mlops.Targets.Internal;

namespace Mlops.Targets;

/// <summary>
/// What a mode or an extension sees of a build: the build itself, where it runs, its console, its targets and
/// parameters, the command line, and the engine's services (the log, the dry-run report) it may use.
/// </summary>
public sealed class BuildContext
{
    private readonly Lazy<FileHashes> _fileHashes;
    private readonly Lazy<string> _codeFingerprint;

    internal BuildContext(MlopsBuild build, BuildConsole console, BuildOptions options, TargetCatalog targets, IReadOnlyList<ParameterMember> parameters,
        IReadOnlyList<ExecutableTarget> defaultTargets)
    {
        Build = build;
        Console = console;
        Options = options;
        Targets = targets;
        Parameters = parameters;
        DefaultTargets = defaultTargets;
        Arguments = new BuildArguments(options);
        _fileHashes = new(() => FileHashes.Load(RootDirectory / ".nuke" / "temp" / "file-hashes.tsv"));
        _codeFingerprint = new(() => FileHashes.Fingerprint(Path.GetDirectoryName(build.GetType().Assembly.Location) ?? AppContext.BaseDirectory, "*.dll"));
    }

    public MlopsBuild Build { get; }

    public BuildHost Host => Build.Host;

    public BuildConsole Console { get; }

    public AbsolutePath RootDirectory => Build.RootDirectory;

    /// <summary>Every registered secret is masked by it; an extension masks what it writes itself.</summary>
    public SecretMasker Secrets => Build.Secrets;

    public TargetCatalog Targets { get; }

    public IReadOnlyList<ParameterMember> Parameters { get; }

    /// <summary>What Main names as the default targets.</summary>
    public IReadOnlyList<ExecutableTarget> DefaultTargets { get; }

    public BuildArguments Arguments { get; }

    /// <summary>File hashes, remembered by stat between runs: whatever keys work on file content asks here, so a file
    /// is read at most once a run, and not at all while unchanged. A run saves them as it ends.</summary>
    public FileHashes FileHashes => _fileHashes.Value;

    /// <summary>
    /// The identity of the build's code: every assembly beside it, so that work cached by other code (a code change, a
    /// package version) is not trusted. Coarse on purpose: safe over fast.
    /// </summary>
    public string CodeFingerprint => _codeFingerprint.Value;

    internal BuildOptions Options { get; }

    /// <summary>The build's extensions, asked once when it started.</summary>
    internal IReadOnlyList<IBuildExtension> Extensions { get; init; } = [];

    internal IReadOnlyList<BuildOption> ModeOptions { get; init; } = [];

    /// <summary>
    /// Opens the run's log (console lines for people, JSON under artifacts/logs, both masked) and installs it as
    /// Serilog's static logger until disposed. A run has it open already; other modes that log open it themselves.
    /// </summary>
    public IDisposable StartLog() => new BuildLog(this, annotate: false);

    /// <summary>Under --dry-run: prints the recorded side effects and writes artifacts/dry-run.md; otherwise nothing.</summary>
    public void WriteDryRunReport()
    {
        if (Build.DryRunJournal is { } journal)
        {
            var report = RootDirectory / "artifacts" / "dry-run.md";
            DryRunReport.Write(journal, Console.Out, report, report.RelativeTo(RootDirectory), Secrets.Apply);
        }
    }
}
