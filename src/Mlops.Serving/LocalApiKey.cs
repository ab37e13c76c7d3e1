using System.Security.Cryptography;
using Mlops.Files;

namespace Mlops.Serving;

/// <summary>
/// The key a local server wants when none is given: made once at random and kept in a file only its owner can read,
/// so a curl can read it back and no output ever has to show it.
/// </summary>
public static class LocalApiKey
{
    public static string ReadOrCreate(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (File.Exists(path) && File.ReadAllText(path).Trim() is { Length: > 0 } kept)
        {
            return kept;
        }

        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        AtomicFile.WriteText(path, key + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return key;
    }
}
