using System.Text;

namespace Mlops.Names;

/// <summary>A name as command lines and CI files spell it: DataRemote → data-remote, GenerateCI → generate-ci.</summary>
public static class KebabCase
{
    /// <summary>Words split at lower-to-upper changes; a run of capitals is one word (no nu-get-api-key for NuGetApiKey's "NuGet").</summary>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
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
}
