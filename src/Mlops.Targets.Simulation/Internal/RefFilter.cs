using System.Text;
using System.Text.RegularExpressions;

namespace Mlops.Targets.Simulation.Internal;

/// <summary>GitHub's branch and tag filter patterns: '*' within a path segment, '**' across them, '?', and '!' to exclude.</summary>
internal static class RefFilter
{
    /// <summary>Patterns apply in order; the last one that matches decides (so '!' can exclude what an earlier one included).</summary>
    public static bool Matches(IReadOnlyList<string> patterns, string name)
    {
        var matched = false;
        foreach (var pattern in patterns)
        {
            var negated = pattern.StartsWith('!');
            if (ToRegex(negated ? pattern[1..] : pattern).IsMatch(name))
            {
                matched = !negated;
            }
        }

        return matched;
    }

    private static Regex ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            regex.Append(pattern[i] switch
            {
                '*' when i + 1 < pattern.Length && pattern[i + 1] == '*' => ".*",
                '*' => "[^/]*",
                '?' => ".",
                var c => Regex.Escape(c.ToString()),
            });
            if (pattern[i] == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                i++;
            }
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant);
    }
}
