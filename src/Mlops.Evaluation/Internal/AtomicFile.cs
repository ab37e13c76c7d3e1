using System.Text;

namespace Mlops.Evaluation.Internal;

internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string path, string text) => Write(path, Utf8.GetBytes(text));

    /// <summary>
    /// Writes beside the target, flushes, then renames over it: a reader (or the next CI job) sees the old file or
    /// the new one, never half of one.
    /// </summary>
    public static void Write(string path, byte[] bytes)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
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
