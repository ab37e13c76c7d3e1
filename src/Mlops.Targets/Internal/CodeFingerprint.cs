using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;
using System.Text;

namespace Mlops.Targets.Internal;

/// <summary>
/// Identity of the code a build runs: the module version ids of every assembly beside the build assembly. Builds are
/// deterministic, so the ids change exactly when code or a package version changes, and a cached result made by
/// other code is not trusted. Coarse on purpose: safe over fast.
/// </summary>
internal static class CodeFingerprint
{
    public static string Of(string assemblyDirectory)
    {
        var builder = new StringBuilder();
        foreach (var dll in Directory.GetFiles(assemblyDirectory, "*.dll").Order(StringComparer.Ordinal))
        {
            builder.Append(Path.GetFileName(dll)).Append('=').AppendLine(ModuleVersionId(dll));
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }

    private static string ModuleVersionId(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = new PEReader(stream);
            if (!reader.HasMetadata)
            {
                return "native";
            }

            var metadata = reader.GetMetadataReader();
            return metadata.GetGuid(metadata.GetModuleDefinition().Mvid).ToString();
        }
        catch (BadImageFormatException)
        {
            return "native";
        }
    }
}
