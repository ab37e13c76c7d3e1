using System.Diagnostics;

namespace Mlops.Data.Tests;

/// <summary>Timed alone, after the tests that run in parallel, so other tests do not take its processor.</summary>
[CollectionDefinition(nameof(TimedAlone), DisableParallelization = true)]
public sealed class TimedAlone;

[Collection(nameof(TimedAlone))]
public sealed class ValidationSpeed
{
    [Fact]
    public void The_real_files_validate_well_under_two_seconds()
    {
        var suite = ExpectationSuite.Read(SharedData.AdultExpectations);
        var clock = Stopwatch.StartNew();

        var report = new DatasetValidator(suite).Validate(SharedData.AdultTrain, SharedData.AdultTest);

        clock.Stop();
        Assert.True(report.Passed, report.FailureSummary);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"Validating the real files took {clock.Elapsed.TotalMilliseconds:0} ms.");
    }
}
