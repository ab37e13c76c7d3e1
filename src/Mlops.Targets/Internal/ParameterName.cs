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

    /// <summary>DataRemote → data-remote; NuGetApiKey → nu-get-api-key is avoided by treating runs of capitals as one word.</summary>
    public static string ToKebabCase(string name)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var startsWord = char.IsUpper(c) && i > 0 &&
                (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1])));
            if (startsWord && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }

            builder.Append(c is '_' ? '-' : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>DATA_REMOTE, data-remote and DataRemote all give "dataremote".</summary>
    public static string LettersAndDigits(string name) =>
        new(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
