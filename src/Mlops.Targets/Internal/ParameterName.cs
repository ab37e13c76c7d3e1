using System.Reflection;
using System.Text;

namespace Mlops.Targets.Internal;

/// <summary>The spellings of one name: member name, <c>--kebab-case</c> and the letters-and-digits key used to match loosely.</summary>
internal static class ParameterName
{
    /// <summary>The member's own name, without the interface prefix an explicit implementation carries.</summary>
    public static string Of(MemberInfo member)
    {
        var explicitName = member.GetCustomAttribute<ParameterAttribute>()?.Name;
        if (explicitName is not null)
        {
            return explicitName;
        }

        // A private field "_configuration" is the parameter "Configuration".
        var name = Strip(member.Name).TrimStart('_');
        return name.Length == 0 ? member.Name : char.ToUpperInvariant(name[0]) + name[1..];
    }

    public static string Strip(string memberName) => memberName[(memberName.LastIndexOf('.') + 1)..];

    /// <summary>DATA_REMOTE, data-remote and DataRemote all give "dataremote".</summary>
    public static string LettersAndDigits(string name)
    {
        // A loop, not LINQ over chars: called for every option and variable at start-up, where generic code costs JIT.
        var key = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }
}
