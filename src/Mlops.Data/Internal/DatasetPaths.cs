namespace Mlops.Data.Internal;

/// <summary>Paths named by a pointer stay inside the dataset's folder, whatever the pointer says.</summary>
internal static class DatasetPaths
{
    public static bool IsInside(string path) =>
        path.Length > 0 && !path.Contains('\\', StringComparison.Ordinal) && !path.StartsWith('/') && !Path.IsPathRooted(path) &&
        path.Split('/').All(part => part.Length > 0 && part is not "." and not "..");

    /// <summary>The full path of <paramref name="path"/> (already checked by <see cref="IsInside"/>) under <paramref name="folder"/>.</summary>
    public static string Under(string folder, string path) => Path.GetFullPath(Path.Combine(folder, path.Replace('/', Path.DirectorySeparatorChar)));
}
