using System.Collections;

namespace Mlops.Targets.Simulation.Internal;

/// <summary>
/// The secrets context of a simulation: a repository secret is what the variable of that name holds on this
/// machine, and empty when it is not set (as GitHub gives an unset secret).
/// </summary>
internal sealed class SecretsFromEnvironment(IReadOnlyDictionary<string, string> machine, SecretMasker masker) : IReadOnlyDictionary<string, object?>
{
    /// <summary>A secret the workflow reads is masked in the simulation's own output from then on.</summary>
    public object? this[string key]
    {
        get
        {
            var value = machine.GetValueOrDefault(key) ?? "";
            masker.Register(value);
            return value;
        }
    }

    // Nothing is listed: toJSON(secrets) must not print this machine's environment. Only named lookups answer.
    public IEnumerable<string> Keys => [];

    public IEnumerable<object?> Values => [];

    public int Count => 0;

    public bool ContainsKey(string key) => true;

    public bool TryGetValue(string key, out object? value)
    {
        value = this[key];
        return true;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => Enumerable.Empty<KeyValuePair<string, object?>>().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
