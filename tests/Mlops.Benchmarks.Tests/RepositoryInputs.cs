using Mlops.Testing;

namespace Mlops.Benchmarks.Tests;

/// <summary>The repository's own configs and expectation suite, as the build hands them to the model benchmark.</summary>
internal static class RepositoryInputs
{
    public static ModelBenchmarkInputs With(string trainCsv, string testCsv) => new(
        RepositoryRoot.Path,
        RepositoryRoot.File("configs/training.json"),
        RepositoryRoot.File("configs/evaluation.json"),
        RepositoryRoot.File("data/adult.expectations.json"),
        trainCsv,
        testCsv);
}
