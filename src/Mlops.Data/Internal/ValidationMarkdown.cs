using System.Globalization;
using System.Text;

namespace Mlops.Data.Internal;

/// <summary>validation.md: the verdict, the failures, and a table with one row per expectation.</summary>
internal static class ValidationMarkdown
{
    public static string Render(ValidationReport report)
    {
        var failed = report.Results.Count(r => r.Evaluated && !r.Passed);
        var notEvaluated = report.Results.Count(r => !r.Evaluated);
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"# Data validation: {(report.Passed ? "passed" : "failed")}\n\n")
            .Append(CultureInfo.InvariantCulture,
                $"{report.Results.Count} expectations: {report.Results.Count - failed - notEvaluated} passed, {failed} failed, {notEvaluated} not evaluated.\n\n");
        if (!report.Passed)
        {
            text.Append("## Failures\n\n");
            foreach (var line in report.FailureSummary.Split('\n'))
            {
                text.Append("- ").Append(Cell(line)).Append('\n');
            }

            text.Append('\n');
        }

        text.Append("## Expectations\n\n")
            .Append("| expectation | file | column | expected | observed | result |\n")
            .Append("|---|---|---|---|---|---|\n");
        foreach (var result in report.Results)
        {
            var observed = result.FirstOffendingRows.Count == 0
                ? result.Observed
                : $"{result.Observed}: {string.Join(", ", result.FirstOffendingRows)}";
            var outcome = result.Passed ? "pass" : result.Evaluated ? "**FAIL**" : "not evaluated";
            text.Append(CultureInfo.InvariantCulture,
                $"| {Cell(result.Expectation)} | {Cell(result.File ?? "")} | {Cell(result.Column ?? "")} | {Cell(result.Expected)} | {Cell(observed)} | {outcome} |\n");
        }

        return text.ToString();
    }

    /// <summary>Table-safe: a '|' would end the cell, a newline the row; '*', '`' and '&lt;' in data would turn into formatting.</summary>
    private static string Cell(string text)
    {
        var cell = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            _ = c switch
            {
                '|' or '*' or '`' or '<' or '\\' => cell.Append('\\').Append(c),
                '\n' or '\r' => cell.Append(' '),
                _ => cell.Append(c),
            };
        }

        return cell.ToString();
    }
}
