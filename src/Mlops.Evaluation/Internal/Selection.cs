namespace Mlops.Evaluation.Internal;

/// <summary>Picks the best candidate on one metric; on a tie the first listed wins, so the choice is reproducible.</summary>
internal static class Selection
{
    public static CandidateEvaluation? Best(IEnumerable<CandidateEvaluation> candidates, string metric)
    {
        CandidateEvaluation? best = null;
        foreach (var candidate in candidates)
        {
            var value = candidate.Metrics.Metric(metric);
            if (!double.IsNaN(value) && (best is null || MetricName.IsBetter(metric, value, best.Metrics.Metric(metric))))
            {
                best = candidate;
            }
        }

        return best;
    }
}
