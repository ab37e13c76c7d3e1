using Mlops.Files;

namespace Mlops.Evaluation;

/// <summary>Which champion metrics an evaluation compares with, by content, so that a new champion means a new evaluation.</summary>
public static class ChampionMetricsFile
{
    /// <summary>The champion's metrics where the config's champion rule finds them; null without a rule or a file.</summary>
    public static ChampionMetrics? Read(EvaluationConfig config, string repositoryRoot)
    {
        ArgumentNullException.ThrowIfNull(config);
        return config.Champion is { } rule ? ChampionMetrics.ReadIfExists(Path.Combine(repositoryRoot, rule.MetricsPath)) : null;
    }

    /// <summary>
    /// One line that changes whenever the champion changes: "no champion rule", the metrics file's path and SHA-256,
    /// or "… absent". A config that cannot be read gives its error, and the evaluation itself then reports it.
    /// </summary>
    public static string Describe(string evaluationConfigFile, string repositoryRoot)
    {
        try
        {
            if (EvaluationConfig.Read(evaluationConfigFile).Champion is not { } rule)
            {
                return "no champion rule";
            }

            var file = Path.Combine(repositoryRoot, rule.MetricsPath);
            return File.Exists(file) ? $"{rule.MetricsPath} sha256 {Sha256Hex.OfFile(file)}" : $"{rule.MetricsPath} absent";
        }
        catch (EvaluationInputException e)
        {
            return e.Message;
        }
    }
}
