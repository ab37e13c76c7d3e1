namespace Mlops.Benchmarks;

/// <summary>
/// The files the model benchmark reads: the configs and the expectation suite the build itself uses, and the data.
/// The page names the configs relative to <paramref name="RepositoryRoot"/>, the data files by name.
/// </summary>
public sealed record ModelBenchmarkInputs(
    string RepositoryRoot, string TrainingConfig, string EvaluationConfig, string Expectations, string TrainCsv, string TestCsv)
{
    /// <summary>A file as the page and the progress lines name it: relative to the repository, with '/'.</summary>
    public string Shown(string path) => Path.GetRelativePath(RepositoryRoot, path).Replace(Path.DirectorySeparatorChar, '/');
}
