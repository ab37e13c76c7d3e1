namespace Mlops.Data.Tests;

/// <summary>
/// The repository these tests were built from (the nearest folder above the test assembly holding Mlops.sln) and the
/// real UCI Adult data beside it in ../shared/data/adult. A test that needs them and cannot find them fails, saying why.
/// </summary>
internal static class SharedData
{
    public static string RepositoryRoot
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Mlops.sln")))
                {
                    return folder.FullName;
                }
            }

            throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds Mlops.sln, so ../shared/data/adult cannot be found.");
        }
    }

    /// <summary>../shared/data/adult beside the repository, with train.csv and test.csv.</summary>
    public static string Adult
    {
        get
        {
            var folder = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data", "adult"));
            foreach (var file in new[] { "train.csv", "test.csv" })
            {
                Assert.True(File.Exists(Path.Combine(folder, file)),
                    $"The UCI Adult data is expected beside the repository at {folder}, but {file} is not there.");
            }

            return folder;
        }
    }

    public static string AdultTrain => Path.Combine(Adult, "train.csv");

    public static string AdultTest => Path.Combine(Adult, "test.csv");

    /// <summary>The repository's pointer to the Adult dataset, data/adult.dataset.json.</summary>
    public static string AdultPointer => Path.Combine(RepositoryRoot, "data", "adult.dataset.json");

    /// <summary>The repository's expectation suite for Adult, data/adult.expectations.json.</summary>
    public static string AdultExpectations => Path.Combine(RepositoryRoot, "data", "adult.expectations.json");
}
