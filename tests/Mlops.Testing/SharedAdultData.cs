namespace Mlops.Testing;

/// <summary>
/// The real UCI Adult data, beside the repository at ../shared/data/adult, and what is known about it. It is never
/// copied into the repository; when it is missing the tests that need it fail and say where they looked, never skip.
/// </summary>
public static class SharedAdultData
{
    public const int TrainRows = 32_561;

    /// <summary>Rows of train.csv labelled 1 (24.1 %, as the data set's README says).</summary>
    public const int TrainPositives = 7_841;

    public const int TestRows = 16_281;

    private static readonly Lazy<string> Location = new(Find);

    /// <summary>The folder holding train.csv and test.csv (and their SHA256SUMS).</summary>
    public static string Folder => Location.Value;

    public static string Train => Path.Combine(Folder, "train.csv");

    public static string Test => Path.Combine(Folder, "test.csv");

    /// <summary>The header of train.csv, which is also the input schema every model must have (in this order).</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "age", "workclass", "fnlwgt", "education", "education_num", "marital_status", "occupation", "relationship",
        "race", "sex", "capital_gain", "capital_loss", "hours_per_week", "native_country", "label",
    ];

    public static IReadOnlyList<string> Numeric { get; } = ["age", "fnlwgt", "education_num", "capital_gain", "capital_loss", "hours_per_week"];

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
