namespace Mlops.DotNet.Tests;

public sealed class ReadingTestResults(SampleTestRun run) : IClassFixture<SampleTestRun>
{
    [Fact]
    public void Passed_failed_and_skipped_tests_are_counted_from_the_trx()
    {
        Assert.Equal((2, 1, 1), (run.Summary.Passed, run.Summary.Failed, run.Summary.Skipped));
        Assert.Equal("2 passed, 1 failed, 1 skipped", run.Summary.Line);
    }

    [Fact]
    public void The_failed_test_is_named()
    {
        Assert.Equal([SampleTestRun.FailingTest], run.Summary.FailedTests);
    }

    [Fact]
    public void Coverage_is_read_from_the_cobertura_report()
    {
        var file = Assert.Single(run.Summary.CoverageFiles);
        Assert.True(File.Exists(file));
        Assert.Equal("coverage.cobertura.xml", Path.GetFileName(file));
        // Divide's zero branch is never reached, so some lines are covered and some are not.
        Assert.InRange(run.Summary.LineCoverage!.Value, 0.01, 0.99);
    }

    [Fact]
    public void EnsureSuccess_fails_naming_the_failed_test()
    {
        var failure = Assert.Throws<TestRunFailedException>(() => run.Summary.EnsureSuccess());

        Assert.Equal($"1 test(s) failed: {SampleTestRun.FailingTest}", failure.Message);
    }
}
