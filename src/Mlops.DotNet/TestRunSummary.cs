using System.Globalization;
using System.Xml.Linq;

namespace Mlops.DotNet;

/// <summary>What a test run counted, read from its TRX files, and the line coverage read from its Cobertura files.</summary>
public sealed record TestRunSummary(int Passed, int Failed, int Skipped, IReadOnlyList<string> FailedTests, double? LineCoverage,
    IReadOnlyList<string> CoverageFiles)
{
    /// <summary>The closing line: <c>12 passed, 0 failed, 1 skipped</c>.</summary>
    public string Line => $"{Passed} passed, {Failed} failed, {Skipped} skipped";

    public static TestRunSummary Read(string resultsDirectory)
    {
        if (!Directory.Exists(resultsDirectory))
        {
            return new TestRunSummary(0, 0, 0, [], null, []);
        }

        int passed = 0, failed = 0, skipped = 0;
        var failedTests = new List<string>();
        foreach (var trx in Directory.EnumerateFiles(resultsDirectory, "*.trx", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var document = XDocument.Load(trx);
            XNamespace ns = document.Root!.Name.Namespace;
            var counters = document.Descendants(ns + "Counters").FirstOrDefault();
            if (counters is null)
            {
                continue;
            }

            int Count(string name) => int.TryParse(counters.Attribute(name)?.Value, out var n) ? n : 0;
            passed += Count("passed");
            failed += Count("failed") + Count("error") + Count("timeout") + Count("aborted");
            // Counted from the results: the TRX logger leaves the notExecuted counter at 0 for skipped tests.
            skipped += document.Descendants(ns + "UnitTestResult").Count(r => r.Attribute("outcome")?.Value is "NotExecuted" or "Inconclusive");
            failedTests.AddRange(document.Descendants(ns + "UnitTestResult")
                .Where(r => r.Attribute("outcome")?.Value is "Failed" or "Error" or "Timeout" or "Aborted")
                .Select(r => r.Attribute("testName")?.Value ?? "?"));
        }

        // The TRX logger also copies each report into its own <run>/In/<machine>/ folder; those copies are not more reports.
        var coverageFiles = Directory.EnumerateFiles(resultsDirectory, "coverage.cobertura.xml", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(f))) != "In")
            .Order(StringComparer.Ordinal).ToList();
        return new TestRunSummary(passed, failed, skipped, failedTests, MergedLineCoverage(coverageFiles), coverageFiles);
    }

    /// <summary>
    /// Lines covered over lines measured, across all test projects' reports: a line counts once, covered when any
    /// project's tests reached it (summing each report's totals would count shared code twice).
    /// </summary>
    private static double? MergedLineCoverage(IReadOnlyList<string> files)
    {
        var lines = new Dictionary<(string File, string Line), bool>();
        foreach (var file in files)
        {
            foreach (var @class in XDocument.Load(file).Descendants("class"))
            {
                var source = @class.Attribute("filename")?.Value ?? "";
                foreach (var line in @class.Element("lines")?.Elements("line") ?? [])
                {
                    var key = (source, line.Attribute("number")?.Value ?? "");
                    var hit = long.TryParse(line.Attribute("hits")?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var hits) && hits > 0;
                    lines[key] = lines.GetValueOrDefault(key) || hit;
                }
            }
        }

        return lines.Count == 0 ? null : (double)lines.Values.Count(v => v) / lines.Count;
    }

    /// <summary>The summary, or a failure listing the failed tests.</summary>
    public TestRunSummary EnsureSuccess() => Failed == 0 ? this : throw new TestRunFailedException(this);
}

/// <summary>Some tests failed; the message names them (the first ten).</summary>
public sealed class TestRunFailedException : Exception
{
    public TestRunFailedException(TestRunSummary summary)
        : base($"{summary.Failed} test(s) failed: {string.Join("; ", summary.FailedTests.Take(10))}{(summary.FailedTests.Count > 10 ? "; …" : "")}") { }

    public TestRunFailedException() { }

    public TestRunFailedException(string message) : base(message) { }

    public TestRunFailedException(string message, Exception inner) : base(message, inner) { }
}
