namespace Mlops.Targets.Internal;

/// <summary>What the command line asked the engine itself to do (parameters are kept apart, by name).</summary>
internal sealed class BuildOptions
{
    public List<string> Targets { get; } = [];

    /// <summary>Null: no --skip. Empty: skip every target that was not invoked. Otherwise: skip these.</summary>
    public List<string>? Skip { get; set; }

    /// <summary>Null: use the cache. Empty: re-run everything. Otherwise: re-run these.</summary>
    public List<string>? Force { get; set; }

    /// <summary>Null: run. "text" or "mermaid": print the plan instead.</summary>
    public string? Plan { get; set; }

    public bool Help { get; set; }

    public bool DryRun { get; set; }

    /// <summary>Zero: run one target at a time. Otherwise the most targets that may run at once.</summary>
    public int Parallelism { get; set; }

    /// <summary>Values of the options modes add (--simulate, --generate-ci…), keyed by letters-and-digits name.</summary>
    public Dictionary<string, List<string>> ModeOptions { get; } = [];

    public List<string> Profiles { get; } = [];

    public string? Root { get; set; }

    public Verbosity Verbosity { get; set; } = Verbosity.Normal;

    /// <summary>Raw values of every other --option, keyed by its letters-and-digits name.</summary>
    public Dictionary<string, (string Option, List<string> Values)> ParameterArguments { get; } = [];
}

internal enum Verbosity
{
    Quiet,
    Minimal,
    Normal,
    Verbose,
}
