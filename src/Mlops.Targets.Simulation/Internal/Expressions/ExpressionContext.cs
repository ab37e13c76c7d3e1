using System.Collections.Frozen;

namespace Mlops.Targets.Simulation.Internal.Expressions;

/// <summary>
/// What an expression can see: the contexts by name (github, inputs, secrets, env, needs, runner, vars, ...) and the
/// state of the needed jobs for the status functions. Values are null, bool, double, string,
/// <see cref="IReadOnlyDictionary{TKey, TValue}"/> with case-insensitive keys, or <see cref="IReadOnlyList{T}"/>.
/// </summary>
internal sealed class ExpressionContext
{
    // The names GitHub defines: one the simulator leaves out reads as null; any other name is a typo and an error.
    private static readonly FrozenSet<string> WellKnownNames = new[]
    {
        "github", "env", "vars", "job", "jobs", "steps", "runner", "secrets", "strategy", "matrix", "needs", "inputs",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, object?> _contexts;

    public ExpressionContext(IReadOnlyDictionary<string, object?> contexts, JobStatus status)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        _contexts = new Dictionary<string, object?>(contexts, StringComparer.OrdinalIgnoreCase);
        foreach (var value in _contexts.Values)
        {
            ExpressionValue.KindOf(value); // fail here, not in the middle of a run, on a value of an unusable type
        }

        Status = status;
    }

    public JobStatus Status { get; }

    public bool Has(string name) => _contexts.ContainsKey(name) || WellKnownNames.Contains(name);

    public object? this[string name] => ExpressionValue.Normalize(_contexts.GetValueOrDefault(name));
}
