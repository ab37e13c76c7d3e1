using Mlops.Processes;
using Mlops.Testing;

namespace Mlops.DotNet.Tests;

public sealed class SummingTestRuns : IDisposable
{
    private readonly TemporaryFolder _results = new();

    public void Dispose() => _results.Dispose();

    [Fact]
    public void Counts_of_every_trx_file_add_up_with_errors_timeouts_and_aborts_as_failures()
    {
        _results.Write("a.trx", HandWrittenReports.Trx("passed=\"3\" failed=\"1\" error=\"1\"", "A.Broken"));
        _results.Write("nested/b.trx", HandWrittenReports.Trx("passed=\"4\" timeout=\"1\" aborted=\"1\"", "B.Broken"));

        var summary = TestRunSummary.Read(_results.Path);

        Assert.Equal("7 passed, 4 failed, 0 skipped", summary.Line);
        Assert.Equal(["A.Broken", "B.Broken"], summary.FailedTests);
    }

    [Fact]
    public void A_missing_results_folder_reads_as_nothing_run()
    {
        var summary = TestRunSummary.Read(Path.Combine(_results.Path, "not-there"));

        Assert.Equal("0 passed, 0 failed, 0 skipped", summary.Line);
        Assert.Empty(summary.FailedTests);
        Assert.Null(summary.LineCoverage);
        Assert.Same(summary, summary.EnsureSuccess());
    }

    [Fact]
    public async Task A_test_run_that_fails_without_results_counts_as_a_failure()
    {
        // No project at that path: dotnet test exits non-zero and writes no TRX, which must not read as success.
        var cli = new DotNetCli(runner: new ProcessRunner { Echo = false });

        var summary = await cli.TestAsync(Path.Combine(_results.Path, "Missing.csproj"), "Debug", Path.Combine(_results.Path, "out"));

        Assert.Equal(1, summary.Failed);
        Assert.StartsWith("the test run itself failed (dotnet test ", Assert.Single(summary.FailedTests), StringComparison.Ordinal);
        Assert.Throws<TestRunFailedException>(() => summary.EnsureSuccess());
    }

    [Fact]
    public void The_failure_message_names_at_most_ten_tests()
    {
        var summary = new TestRunSummary(0, 12, 0, [.. Enumerable.Range(1, 12).Select(i => $"T{i}")], null, []);

        var failure = new TestRunFailedException(summary);

        Assert.Equal("12 test(s) failed: T1; T2; T3; T4; T5; T6; T7; T8; T9; T10; …", failure.Message);
    }
}
