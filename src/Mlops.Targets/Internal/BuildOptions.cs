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

    /// <summary>--generate-ci: write the workflow files and stop.</summary>
    public bool GenerateCi { get; set; }

    /// <summary>--simulate &lt;workflow&gt;: run a generated workflow locally, job by job, in clean clones.</summary>
    public string? Simulate { get; set; }

    /// <summary>--event for --simulate: push, pull_request or workflow_dispatch.</summary>
    public string? Event { get; set; }

    /// <summary>--ref for --simulate, e.g. refs/heads/main.</summary>
    public string? Ref { get; set; }

    /// <summary>--input name=value for --simulate of a workflow_dispatch.</summary>
    public Dictionary<string, string> Inputs { get; } = [];

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
