namespace Mlops.Evaluation.Internal;

/// <summary>The one sentence that says how the challenger compares with the model in production.</summary>
internal static class ChampionVerdict
{
    public const string FirstRun = "first run: no champion yet";
    public const string NotConfigured = "no champion comparison configured";

    /// <summary>
    /// About the chosen candidate, or when none was chosen, the best one on the champion's metric: even a failed run
    /// should say how far the best attempt was from production.
    /// </summary>
    public static string Describe(EvaluationConfig config, ChampionMetrics? champion, IReadOnlyList<CandidateEvaluation> candidates, string? chosen)
    {
        if (config.Champion is not { } rule)
        {
            return NotConfigured;
        }

        if (champion is null)
        {
            return FirstRun;
        }

        var challenger = candidates.FirstOrDefault(c => c.Name == chosen) ?? Selection.Best(candidates, rule.Metric) ?? candidates[0];
        var gate = challenger.Gates.Single(g => g.Gate == $"champion {rule.Metric}");
        return $"challenger {challenger.Name} {rule.Metric} {Numbers.Short(challenger.Metrics.Metric(rule.Metric))} " +
            $"vs champion {Numbers.Short(Recorded(champion, rule))} (tolerance {Numbers.Short(rule.Tolerance)}): " +
            (gate.Passed ? "not worse" : "worse");
    }

    public static double Recorded(ChampionMetrics champion, ChampionRule rule) =>
        champion.Find(rule.Metric) ?? throw new EvaluationInputException(
            $"{champion.Source}: metrics.{rule.Metric} is missing; the champion gate compares {rule.Metric}.");
}
