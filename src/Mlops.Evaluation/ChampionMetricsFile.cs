using Mlops.Config;
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
    /// or "… absent". It is a cache input taken on every run, so it peeks at the one field it needs instead of binding
    /// the config; a config that is not JSON gives its error, and the evaluation itself then reports it.
    /// </summary>
    public static string Describe(string evaluationConfigFile, string repositoryRoot)
    {
        try
        {
            if (ConfigFile.PeekString(evaluationConfigFile, "champion", "metrics") is not { } metricsPath)
            {
                return "no champion rule";
            }

            var file = Path.Combine(repositoryRoot, metricsPath);
            return File.Exists(file) ? $"{metricsPath} sha256 {Sha256Hex.OfFile(file)}" : $"{metricsPath} absent";
        }
        catch (ConfigFileException e)
        {
            return e.Message;
        }
    }
}
