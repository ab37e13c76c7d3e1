using System.Collections;
using System.Text.RegularExpressions;

namespace Mlops.Targets.Simulation.Internal;

/// <summary>
/// The vars context of a simulation: the repository variables given with <c>--var NAME=value</c>. Any other name
/// reads as empty, as GitHub gives a variable that is not set, so a build parameter taken from one falls back to its
/// other sources (<c>.nuke/parameters.json</c>).
/// </summary>
internal sealed partial class RepositoryVariables : IReadOnlyDictionary<string, object?>
{
    private readonly Dictionary<string, string> _given;

    private RepositoryVariables(Dictionary<string, string> given) => _given = given;

    /// <summary>The <c>--var</c> values, NAME=value each; a name GitHub would refuse is an error naming it.</summary>
    public static RepositoryVariables Parse(IEnumerable<string> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var given = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in pairs)
        {
            var split = pair.IndexOf('=', StringComparison.Ordinal);
            if (split <= 0)
            {
                throw new BuildInputException($"Option --var takes NAME=value, not '{pair}'.");
            }

            var name = pair[..split];
            if (!Name().IsMatch(name) || name.StartsWith("GITHUB_", StringComparison.OrdinalIgnoreCase))
            {
                throw new BuildInputException(
                    $"--var {name}: a repository variable's name is letters, digits and '_', not starting with a digit or GITHUB_.");
            }

            given[name] = pair[(split + 1)..];
        }

        return new RepositoryVariables(given);
    }

    /// <summary>The names given, for the simulation to say what it pretends is set.</summary>
    public IReadOnlyCollection<string> Names => _given.Keys;

    public object? this[string key] => _given.GetValueOrDefault(key) ?? "";

    // Like GitHub's, toJSON(vars) lists the variables that are set, and only those.
    public IEnumerable<string> Keys => _given.Keys;

    public IEnumerable<object?> Values => _given.Values;

    public int Count => _given.Count;

    public bool ContainsKey(string key) => true;

    public bool TryGetValue(string key, out object? value)
    {
        value = this[key];
        return true;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() =>
        _given.Select(v => new KeyValuePair<string, object?>(v.Key, v.Value)).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Name();
}
