namespace Mlops.Training.Internal;

internal static class AtomicFile
{
    /// <summary>
    /// Writes beside the target, flushes to disk, then renames over it: a reader, or a build killed half-way, sees the
    /// old file or the new one, never part of one.
    /// </summary>
    public static void Write(string path, byte[] bytes)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
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
