using Mlops.Names;

namespace Mlops.Training.Internal;

/// <summary>The end of an error about a misspelt name: the valid names near it, or all of them when none is near.</summary>
internal static class NearestHint
{
    /// <summary>"; nearest: A, B, C", else "; known: " and every name in the given order, or nothing when there are none.</summary>
    public static string For(string wanted, IEnumerable<string> names)
    {
        var valid = names.Distinct(StringComparer.Ordinal).ToList();
        var nearest = NearestNames.To(wanted, valid);
        return nearest.Count > 0 ? $"; nearest: {string.Join(", ", nearest)}"
            : valid.Count > 0 ? $"; known: {string.Join(", ", valid)}"
            : "";
    }
}
