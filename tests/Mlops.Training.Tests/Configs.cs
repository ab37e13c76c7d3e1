using Mlops.Testing;

namespace Mlops.Training.Tests;

/// <summary>Training configs written for a test: the real one, and small variants of it.</summary>
internal static class Configs
{
    public static string Real => RepositoryRoot.File("configs/training.json");

    public const string Features = """
        "features": {
          "numeric": ["age", "fnlwgt", "education_num", "capital_gain", "capital_loss", "hours_per_week"],
          "categorical": ["workclass", "education", "marital_status", "occupation", "relationship", "race", "sex", "native_country"]
        }
        """;

    /// <summary>A config over the Adult columns with these candidates (the JSON of the array's items).</summary>
    public static string WithCandidates(params string[] candidates) => $$"""
        {
          "label": "label",
          "seed": 42,
          {{Features}},
          "candidates": [ {{string.Join(",\n", candidates)}} ]
        }
        """;

    /// <summary>One candidate's JSON; <paramref name="hyperparameters"/> is the inside of the object.</summary>
    public static string Candidate(string name, string trainer, string hyperparameters = "") =>
        $$"""{ "name": "{{name}}", "trainer": "{{trainer}}", "hyperparameters": { {{hyperparameters}} } }""";

    /// <summary>All four trainers, small enough to train in a few seconds together.</summary>
    public static string AllFourTrainers => WithCandidates(
        Candidate("lightgbm", "LightGbm", "\"NumberOfIterations\": 30, \"NumberOfLeaves\": 8"),
        Candidate("fasttree", "FastTree", "\"NumberOfTrees\": 25, \"NumberOfLeaves\": 8"),
        Candidate("lbfgs", "LbfgsLogisticRegression", "\"MaximumNumberOfIterations\": 20"),
        Candidate("sdca", "SdcaLogisticRegression", "\"MaximumNumberOfIterations\": 5"));
}
