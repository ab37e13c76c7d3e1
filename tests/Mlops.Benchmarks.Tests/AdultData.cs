namespace Mlops.Benchmarks.Tests;

/// <summary>
/// The real UCI Adult data, beside the repository at ../shared/data/adult. It is never copied into the repository;
/// when it is missing the tests that need it fail and say where they looked.
/// </summary>
internal static class AdultData
{
    private static readonly Lazy<string> Location = new(Find);

    public static string TrainCsv => Path.Combine(Location.Value, "train.csv");

    public static string TestCsv => Path.Combine(Location.Value, "test.csv");

    private static string Find()
    {
        var folder = Path.GetFullPath(Path.Combine(RepositoryRoot.Path, "..", "shared", "data", "adult"));
        foreach (var file in new[] { "train.csv", "test.csv" })
        {
            if (!File.Exists(Path.Combine(folder, file)))
            {
                throw new InvalidOperationException(
                    $"The UCI Adult data is missing: no {file} in {folder} (it belongs beside the repository as ../shared/data/adult).");
            }
        }

        return folder;
    }
}
