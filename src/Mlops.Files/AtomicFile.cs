using System.Text;

namespace Mlops.Files;

/// <summary>
/// Writes a whole file or nothing: the bytes go to a temporary file beside the target, are flushed to disk, and the
/// temporary file is renamed over the target. A reader, the next CI job, or a build killed half-way sees the old file
/// or the new one, never part of one.
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte-order mark.</summary>
    public static void WriteText(string path, string text) => WriteBytes(path, Utf8.GetBytes(text));

    /// <summary>
    /// Writes <paramref name="bytes"/>, creating the folder. A file that is replaced keeps its Unix mode, so an
    /// executable script stays executable.
    /// </summary>
    public static void WriteBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        // A name of its own per write: two builds writing the same file never share a temporary file.
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows() && File.Exists(full))
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(full));
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            // Only left behind when something above failed.
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
