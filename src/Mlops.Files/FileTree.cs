namespace Mlops.Files;

/// <summary>Removing what a step made, whether it is there or not, file or folder.</summary>
public static class FileTree
{
    /// <summary>Deletes the file or the whole folder at <paramref name="path"/>; nothing there is fine.</summary>
    public static void Delete(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
        else if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// Runs <paramref name="step"/>; when it throws, deletes <paramref name="paths"/> and throws on. For results that
    /// must not outlive a failed step that would have replaced them, e.g. an earlier run's model after training fails.
    /// </summary>
    public static async Task DeletedIfFailsAsync(IEnumerable<string> paths, Func<Task> step)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(step);
        try
        {
            await step();
        }
        catch
        {
            foreach (var path in paths)
            {
                Delete(path);
            }

            throw;
        }
    }

    /// <summary>Deletes everything in <paramref name="folder"/> but the entries named in <paramref name="keep"/>.</summary>
    public static void DeleteContents(string folder, params string[] keep)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        foreach (var entry in Directory.Exists(folder) ? Directory.EnumerateFileSystemEntries(folder) : [])
        {
            if (!keep.Contains(Path.GetFileName(entry), StringComparer.Ordinal))
            {
                Delete(entry);
            }
        }
    }

    /// <summary>
    /// Deletes the folders named <paramref name="names"/> one level below each folder in <paramref name="parents"/>'
    /// children, e.g. the bin/ and obj/ of every project under src/ and tests/.
    /// </summary>
    public static void DeleteInEachChild(IEnumerable<string> parents, params string[] names)
    {
        ArgumentNullException.ThrowIfNull(parents);
        foreach (var child in parents.Where(Directory.Exists).SelectMany(Directory.EnumerateDirectories))
        {
            foreach (var name in names)
            {
                Delete(Path.Combine(child, name));
            }
        }
    }
}
