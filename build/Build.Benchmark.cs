using Mlops.Benchmarks;
using Mlops.Files;
using Mlops.Targets;

namespace Mlops.Build;

internal sealed partial class Build
{
    [Parameter("Rounds each benchmark measures (after one warm-up round)", Minimum = 1)]
    private readonly int _benchmarkRounds = 10;

    private AbsolutePath BenchmarkResults => ArtifactsDirectory / "benchmarks";

    private Target Benchmark => _ => _
        .Description("Measure speed and quality goals in one run; tables in artifacts/benchmarks (launcher.md, model.md, pipeline.md, serving.md, image.md)")
        .DependsOn(PullData, Evaluate)
        .Produces(BenchmarkResults)
        .Executes(() => new BenchmarkPages(BenchmarkResults, Steps).WriteAsync(
            ("launcher.md", () => new LauncherBenchmark(RootDirectory, _benchmarkRounds, Steps).RunAsync()),
            ("model.md", () => new ModelBenchmark(
                new(RootDirectory, TrainingConfigFile, EvaluationConfigFile, ExpectationsFile, TrainCsv, TestCsv), Steps).RunAsync()),
            ("pipeline.md", () => new PipelineBenchmark(RootDirectory, TrainCsv, TestCsv, _benchmarkRounds, Steps).RunAsync()),
            ("serving.md", () => new ServingBenchmark(ArtifactsDirectory, TestCsv, Steps).RunAsync()),
            ("image.md", () => new ImageBenchmark(RootDirectory, ArtifactsDirectory, TrainingConfigFile, TrainCsv, Steps).RunAsync())));
}
