namespace Mlops.Evaluation.Internal;

/// <summary>Checks one candidate against the config's absolute gates, slice gaps and the champion.</summary>
internal sealed class GateChecks(EvaluationConfig config, ChampionMetrics? champion)
{
    public List<GateResult> Check(CandidateMetrics metrics)
    {
        var gates = new List<GateResult>();
        foreach (var gate in config.Gates)
        {
            var observed = metrics.Metric(gate.Metric);
            if (gate.Min is { } min)
            {
                gates.Add(new GateResult(gate.Metric, observed, GateBound.AtLeast, min, observed >= min));
            }

            if (gate.Max is { } max)
            {
                gates.Add(new GateResult(gate.Metric, observed, GateBound.AtMost, max, observed <= max));
            }
        }

        if (config.Slices is { } slices)
        {
            gates.AddRange(metrics.Slices.SelectMany(column => slices.MaxGap.Select(bound => SliceGap(column, bound.Key, bound.Value))));
        }

        if (config.Champion is { } rule)
        {
            gates.Add(Champion(metrics, rule));
        }

        return gates;
    }

    private static GateResult SliceGap(SliceColumnMetrics column, string metric, double maxGap)
    {
        var gate = $"slice gap {metric} by {column.Column}";
        // A slice large enough to count that cannot define the metric (one class only, never predicted positive)
        // would drop out of the gap unseen, and it is often the very slice the gate is there for.
        var undefined = column.Values.Where(s => s.Rows >= column.MinRows && double.IsNaN(s.Metric(metric)))
            .Select(s => $"{s.Value} ({s.Rows} rows)").ToList();
        if (undefined.Count > 0)
        {
            return new GateResult(gate, null, GateBound.AtMost, maxGap, false,
                $"{metric} is undefined for {string.Join(", ", undefined)}, so the gap cannot be bounded");
        }

        return column.Gap(metric) is { } gap
            ? new GateResult(gate, gap.Gap, GateBound.AtMost, maxGap, gap.Gap <= maxGap,
                $"{gap.HighestValue} {Numbers.Short(gap.Highest)} vs {gap.LowestValue} {Numbers.Short(gap.Lowest)}")
            : new GateResult(gate, null, GateBound.AtMost, maxGap, true,
                $"fewer than two slices with at least {column.MinRows} rows");
    }

    private GateResult Champion(CandidateMetrics metrics, ChampionRule rule)
    {
        var gate = $"champion {rule.Metric}";
        var observed = metrics.Metric(rule.Metric);
        if (champion is null)
        {
            return new GateResult(gate, observed, GateBound.AtLeast, null, true, ChampionVerdict.FirstRun);
        }

        var recorded = ChampionVerdict.Recorded(champion, rule);
        var lowerBetter = MetricName.IsLowerBetter(rule.Metric);
        var threshold = lowerBetter ? recorded + rule.Tolerance : recorded - rule.Tolerance;
        var passed = lowerBetter ? observed <= threshold : observed >= threshold;
        return new GateResult(gate, observed, lowerBetter ? GateBound.AtMost : GateBound.AtLeast, threshold, passed,
            $"champion {champion.Model} {Numbers.Short(recorded)}, tolerance {Numbers.Short(rule.Tolerance)}");
    }
}
