using System.Text.Json;
using System.Text.Json.Serialization;
using Mlops.Data.Internal;
using Mlops.Files;

namespace Mlops.Data;

/// <summary>Every expectation's result, and the profile of the data they were checked on.</summary>
public sealed record ValidationReport(IReadOnlyList<ExpectationResult> Results, DataProfile Profile)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>True when every expectation was evaluated and passed.</summary>
    public bool Passed => Results.All(r => r.Passed);

    /// <summary>
    /// Every broken expectation, one line each (file, column, expected, observed, first offending rows), then one line
    /// per group of expectations that could not be evaluated and why. Empty when the report passed.
    /// </summary>
    public string FailureSummary => string.Join('\n', Results.Where(r => r.Evaluated && !r.Passed).Select(r => r.ToString())
        .Concat(Results.Where(r => !r.Evaluated).GroupBy(r => (r.File, r.Observed)).Select(g =>
            $"{g.Key.File}: {Show.Count(g.Count(), "expectation", "expectations")} {g.Key.Observed}")));

    /// <summary>
    /// Writes validation.json (for machines), validation.md (one row per expectation, for people) and profile.json
    /// (the baseline for later drift checks) into <paramref name="directory"/>, each atomically.
    /// </summary>
    public void WriteTo(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var files = new ValidationArtifacts(directory);
        AtomicFile.WriteText(files.Profile, JsonSerializer.Serialize(Profile, Json) + "\n");
        AtomicFile.WriteText(files.Report, ValidationMarkdown.Render(this));
        // Last, so a reader that finds validation.json finds the other two current as well.
        AtomicFile.WriteText(files.Results, JsonSerializer.Serialize(new { Passed, Results }, Json) + "\n");
    }

    /// <summary>Throws, with <see cref="FailureSummary"/> as the message, unless every expectation held.</summary>
    public void EnsurePassed()
    {
        if (!Passed)
        {
            throw new InvalidOperationException(FailureSummary);
        }
    }
}
