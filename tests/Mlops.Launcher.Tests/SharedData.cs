namespace Mlops.Launcher.Tests;

/// <summary>UCI Adult in the shared folder beside the repository, as every checkout has it.</summary>
internal static class SharedData
{
    public static string Folder { get; } = Find();

    public static string Train => System.IO.Path.Combine(Folder, "train.csv");

    public static string Test => System.IO.Path.Combine(Folder, "test.csv");

    private static string Find()
    {
        var folder = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot.Path, "..", "shared", "data", "adult"));
        return File.Exists(System.IO.Path.Combine(folder, "train.csv"))
            ? folder
            : throw new InvalidOperationException($"The shared UCI Adult data is not at {folder}: these tests need ../shared beside the repository.");
    }
}
