namespace Mlops.Benchmarks.Tests;

/// <summary>The repository these tests were built from: the nearest folder above the test assembly holding Mlops.sln.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Folder = new(Find);

    public static string Path => Folder.Value;

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Mlops.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds Mlops.sln, so ../shared/data/adult cannot be found.");
    }
}
