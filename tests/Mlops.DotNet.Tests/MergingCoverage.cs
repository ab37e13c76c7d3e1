using Mlops.Testing;

namespace Mlops.DotNet.Tests;

public sealed class MergingCoverage : IDisposable
{
    private readonly TemporaryFolder _results = new();

    public void Dispose() => _results.Dispose();

    [Fact]
    public void A_line_two_reports_measure_counts_once_and_is_covered_if_either_hit_it()
    {
        // Two test projects both measure Calculator.cs: together they reach lines 1-3 of 4, so 3/4, not (2+2)/8.
        _results.Write("one/coverage.cobertura.xml", HandWrittenReports.Cobertura("src/Calculator.cs", (1, 3), (2, 1), (3, 0), (4, 0)));
        _results.Write("two/coverage.cobertura.xml", HandWrittenReports.Cobertura("src/Calculator.cs", (1, 0), (2, 5), (3, 2), (4, 0)));

        var summary = TestRunSummary.Read(_results.Path);

        Assert.Equal(0.75, summary.LineCoverage);
        Assert.Equal(2, summary.CoverageFiles.Count);
    }

    [Fact]
    public void Lines_of_different_source_files_are_counted_apart()
    {
        _results.Write("one/coverage.cobertura.xml", HandWrittenReports.Cobertura("src/Calculator.cs", (1, 1), (2, 1)));
        _results.Write("two/coverage.cobertura.xml", HandWrittenReports.Cobertura("src/Parser.cs", (1, 0), (2, 0)));

        Assert.Equal(0.5, TestRunSummary.Read(_results.Path).LineCoverage);
    }

    [Fact]
    public void The_trx_loggers_copy_of_a_report_is_not_another_report()
    {
        _results.Write("3f2a/coverage.cobertura.xml", HandWrittenReports.Cobertura("src/Calculator.cs", (1, 1)));
        _results.Write("run_2026-01-01/In/machine/coverage.cobertura.xml", HandWrittenReports.Cobertura("src/Calculator.cs", (1, 1)));

        var summary = TestRunSummary.Read(_results.Path);

        Assert.Equal([Path.Combine(_results.Path, "3f2a", "coverage.cobertura.xml")], summary.CoverageFiles);
    }

    [Fact]
    public void Without_coverage_reports_there_is_no_coverage_figure()
    {
        _results.Write("run.trx", HandWrittenReports.Trx("passed=\"1\""));

        var summary = TestRunSummary.Read(_results.Path);

        Assert.Null(summary.LineCoverage);
        Assert.Empty(summary.CoverageFiles);
    }
}
