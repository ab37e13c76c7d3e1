using Mlops.Evaluation;
using Mlops.Training;

namespace Mlops.Benchmarks.Internal;

/// <summary>Everything measured about one candidate: its two trainings, its metrics on the test file, and how fast it scores.</summary>
internal sealed record CandidateMeasurement(
    TrainedCandidate First,
    TrainedCandidate Second,
    CandidateMetrics Metrics,
    PredictionLatency Latency,
    double RowsPerSecond)
{
    public string Name => First.Name;

    public bool IsLightGbm => string.Equals(First.Trainer, "LightGbm", StringComparison.OrdinalIgnoreCase);

    /// <summary>Training promises byte-identical models for identical inputs; two runs agreeing is the evidence.</summary>
    public bool SameModel => string.Equals(First.ModelSha256, Second.ModelSha256, StringComparison.Ordinal);

    /// <summary>
    /// The slower training: the goal is judged on it, since the first training in a process also pays for loading and
    /// JIT-compiling ML.NET, as every <c>./build.sh Train</c> does.
    /// </summary>
    public TimeSpan SlowerTraining => First.Duration > Second.Duration ? First.Duration : Second.Duration;
}

/// <summary>How long validating the train and test files took (the median of <paramref name="Runs"/>), and how many expectations were checked.</summary>
internal sealed record DataValidationTiming(TimeSpan Median, int Runs, int Expectations);
