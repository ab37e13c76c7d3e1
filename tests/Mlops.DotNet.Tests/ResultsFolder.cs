namespace Mlops.DotNet.Tests;

/// <summary>A temp folder standing in for a test run's results directory, filled with hand-written report files.</summary>
internal sealed class ResultsFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("mlops-results-").FullName;

    public void Write(string relativePath, string text)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);

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
