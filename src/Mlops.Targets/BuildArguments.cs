using Mlops.Targets.Internal;

namespace Mlops.Targets;

/// <summary>The command line as the engine read it: the targets named, and the values of the modes' options.</summary>
public sealed class BuildArguments
{
    private readonly BuildOptions _options;

    internal BuildArguments(BuildOptions options) => _options = options;

    /// <summary>The targets named on the command line (positional or --target), as typed.</summary>
    public IReadOnlyList<string> Targets => _options.Targets;

    /// <summary>--parallel: the most targets that may run at once (1 when not given).</summary>
    public int Parallelism => Math.Max(1, _options.Parallelism);

    /// <summary>Whether a mode's option was given, e.g. <c>Has("simulate")</c>.</summary>
    public bool Has(string option) => _options.ModeOptions.ContainsKey(ParameterName.LettersAndDigits(option));

    /// <summary>The values given to a mode's option (empty when it was not given).</summary>
    public IReadOnlyList<string> Values(string option) =>
        _options.ModeOptions.GetValueOrDefault(ParameterName.LettersAndDigits(option)) ?? [];

    /// <summary>The single value of a mode's option, or null.</summary>
    public string? Value(string option) => Values(option) is [var value, ..] ? value : null;
}
