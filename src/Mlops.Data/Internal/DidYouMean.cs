using Mlops.Names;

namespace Mlops.Data.Internal;

/// <summary>The known name nearest a misspelt or renamed one, so an error can say what was probably meant.</summary>
internal static class DidYouMean
{
    /// <summary>" (did you mean 'x'?)", or "" when no known name is near.</summary>
    public static string For(string name, IEnumerable<string> known) =>
        NearestNames.To(name, known, count: 1) is [var nearest] ? $" (did you mean '{nearest}'?)" : "";
}
