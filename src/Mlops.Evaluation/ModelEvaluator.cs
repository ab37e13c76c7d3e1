using Microsoft.ML;
using Mlops.Evaluation.Internal;
using Mlops.Names;

namespace Mlops.Evaluation;

/// <summary>
/// Scores every candidate on the test file, checks each against the config's gates, and chooses the best one that
/// passes them all by the config's select metric.
/// </summary>
public sealed class ModelEvaluator(EvaluationConfig config)
{
    private readonly EvaluationConfig _config = Checked(config);

    /// <param name="candidates">The trained models, in order of preference on a tie.</param>
    /// <param name="testCsv">Held-out data with a header row naming every column the models take, and the label.</param>
    /// <param name="champion">The production model's metrics; null on the first run.</param>
    public EvaluationResult Evaluate(IReadOnlyList<CandidateModel> candidates, string testCsv, ChampionMetrics? champion)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        CheckCandidates(candidates);
        if (champion is not null && _config.Champion is { } rule)
        {
            ChampionVerdict.Recorded(champion, rule); // fails before the slow part when the champion lacks the metric
        }

        var scorer = new CandidateScorer(new MLContext(seed: 0), _config, TestCsv.Open(testCsv));
        var gates = new GateChecks(_config, champion);
        var evaluations = new List<CandidateEvaluation>();
        foreach (var candidate in candidates)
        {
            var (rows, mlMetrics) = scorer.Score(candidate);
            var metrics = CandidateMetricsBuilder.Build(rows, mlMetrics, _config.Slices);
            evaluations.Add(new CandidateEvaluation(candidate.Name, metrics, gates.Check(metrics)));
        }

        var chosen = Selection.Best(evaluations.Where(e => e.Passed), _config.SelectMetric)?.Name;
        var failure = chosen is not null
            ? null
            : evaluations.Any(e => e.Passed)
                ? $"No candidate has a defined {_config.SelectMetric} to choose by."
                : $"No candidate passed the gates: {string.Join("; ", evaluations.Select(e => e.Failures))}";
        return new EvaluationResult(evaluations, chosen, failure,
            ChampionVerdict.Describe(_config, champion, evaluations, chosen), _config.SelectMetric);
    }

    private static void CheckCandidates(IReadOnlyList<CandidateModel> candidates)
    {
        if (candidates.Count == 0)
        {
            throw new EvaluationInputException("No candidate models to evaluate: the candidate list is empty.");
        }

        foreach (var candidate in candidates)
        {
            if (string.IsNullOrWhiteSpace(candidate.Name) || string.IsNullOrWhiteSpace(candidate.ModelPath))
            {
                throw new EvaluationInputException($"Candidate '{candidate.Name}' needs both a name and a model path.");
            }
        }

        var repeated = candidates.GroupBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new EvaluationInputException($"Two candidates are named '{repeated.Key}'; names tell them apart in reports.");
        }
    }

    /// <summary>A config built in code gets the checks <see cref="EvaluationConfig.Read"/> makes on a file.</summary>
    private static EvaluationConfig Checked(EvaluationConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var metrics = config.Gates.Select(g => g.Metric)
            .Concat(config.Slices?.MaxGap.Keys ?? [])
            .Append(config.SelectMetric)
            .Concat(config.Champion is { } rule ? [rule.Metric] : []);
        var unknown = metrics.FirstOrDefault(m => MetricName.Find(m) is null);
        if (unknown is not null)
        {
            throw new EvaluationInputException(
                $"{config.Source}: '{unknown}' is not a metric.{DidYouMean.OrKnown(unknown, MetricName.All)}");
        }

        if (string.IsNullOrWhiteSpace(config.Label))
        {
            throw new EvaluationInputException($"{config.Source}: label is empty.");
        }

        return config;
    }
}
