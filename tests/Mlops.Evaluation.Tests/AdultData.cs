namespace Mlops.Evaluation.Tests;

/// <summary>
/// The real UCI Adult data, beside the repository at ../shared/data/adult. It is never copied into the repository;
/// when it is missing the tests that need it fail and say where they looked.
/// </summary>
internal static class AdultData
{
    public const int TestRows = 16_281;

    public static readonly string[] Numeric = ["age", "fnlwgt", "education_num", "capital_gain", "capital_loss", "hours_per_week"];

    private static readonly Lazy<string> Location = new(Find);

    public static string TrainCsv => System.IO.Path.Combine(Location.Value, "train.csv");

    public static string TestCsv => System.IO.Path.Combine(Location.Value, "test.csv");

    private static string Find()
    {
        var folder = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot.Path, "..", "shared", "data", "adult"));
        foreach (var file in new[] { "train.csv", "test.csv" })
        {
            if (!File.Exists(System.IO.Path.Combine(folder, file)))
            {
                throw new InvalidOperationException(
                    $"The UCI Adult data is missing: no {file} in {folder} (it belongs beside the repository as ../shared/data/adult).");
            }
        }

        return folder;
    }
}
