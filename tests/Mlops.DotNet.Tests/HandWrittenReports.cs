namespace Mlops.DotNet.Tests;

/// <summary>The smallest report files a test run leaves, written by hand so a test controls every count.</summary>
internal static class HandWrittenReports
{
    /// <summary>A minimal Cobertura report: one class of <paramref name="sourceFile"/> with these line numbers and hit counts.</summary>
    public static string Cobertura(string sourceFile, params (int Number, int Hits)[] lines) =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <coverage line-rate="0" version="1.9">
          <packages><package name="Sample"><classes>
            <class name="Sample.Calculator" filename="{sourceFile}">
              <lines>{string.Concat(lines.Select(l => $"<line number=\"{l.Number}\" hits=\"{l.Hits}\" branch=\"False\" />"))}</lines>
            </class>
          </classes></package></packages>
        </coverage>
        """;

    /// <summary>A minimal TRX file with these counters and one result per named failed test.</summary>
    public static string Trx(string counters, params string[] failedTests) =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
          <Results>{string.Concat(failedTests.Select(t => $"<UnitTestResult testName=\"{t}\" outcome=\"Failed\" />"))}</Results>
          <ResultSummary outcome="Failed"><Counters {counters} /></ResultSummary>
        </TestRun>
        """;
}
