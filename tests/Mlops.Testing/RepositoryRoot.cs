namespace Mlops.Testing;

/// <summary>The repository the tests were built from: the nearest folder above the test assembly holding Mlops.sln.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Folder = new(Find);

    public static string Path => Folder.Value;

    /// <summary>The full path of a file of the repository, such as <c>configs/training.json</c>.</summary>
    public static string File(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(folder.FullName, "Mlops.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds Mlops.sln.");
    }
}
