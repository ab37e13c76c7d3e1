using System.Text;
using Mlops.Files;

namespace Mlops.Targets.Internal;

/// <summary>
/// Identity of the code a build runs: the content of every assembly beside the build assembly, so a cached result
/// made by other code (a code change, a package version) is not trusted. Coarse on purpose: safe over fast. The
/// hashes come from <see cref="FileHashes"/>, so an unchanged build costs a stat per assembly, not a read.
/// </summary>
internal static class CodeFingerprint
{
    public static string Of(string assemblyDirectory, FileHashes hashes)
    {
        var builder = new StringBuilder();
        foreach (var dll in Directory.GetFiles(assemblyDirectory, "*.dll").Order(StringComparer.Ordinal))
        {
            builder.Append(Path.GetFileName(dll)).Append('=').AppendLine(hashes.Sha256(dll));
        }

        return Sha256Hex.Of(Encoding.UTF8.GetBytes(builder.ToString()));
    }
}
