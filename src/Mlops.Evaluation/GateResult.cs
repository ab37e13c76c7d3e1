using Mlops.Evaluation.Internal;

namespace Mlops.Evaluation;

/// <summary>Which way a gate bounds its observed value.</summary>
public enum GateBound
{
    AtLeast,
    AtMost,
}

/// <summary>
/// One gate checked on one candidate: what was observed, the bound it had to meet, and whether it did. A gate with
/// nothing to compare (no champion yet, too few slices) passes, and <paramref name="Note"/> says why.
/// </summary>
/// <param name="Gate">What is bounded, e.g. "auc", "slice gap accuracy by sex", "champion auc".</param>
public sealed record GateResult(string Gate, double? Observed, GateBound Bound, double? Threshold, bool Passed, string? Note = null)
{
    /// <summary>The bound as people read it: "&gt;= 0.9", or the note when there is no bound to meet.</summary>
    public string Expected => Threshold is { } threshold
        ? $"{(Bound == GateBound.AtLeast ? ">=" : "<=")} {Numbers.Short(threshold)}"
        : Note ?? "";

    /// <summary>One clause for a failure line: "auc 0.912 &lt; 0.92".</summary>
    public string Failure
    {
        get
        {
            if (Observed is null && Note is not null)
            {
                // Nothing was measured to compare ("NaN > 0.1" would say nothing): the note is the reason.
                return $"{Gate}: {Note}";
            }

            var (observed, threshold) = Numbers.Distinct(Observed ?? double.NaN, Threshold ?? double.NaN);
            var clause = $"{Gate} {observed} {(Bound == GateBound.AtLeast ? "<" : ">")} {threshold}";
            return Note is null ? clause : $"{clause} ({Note})";
        }
    }
}
