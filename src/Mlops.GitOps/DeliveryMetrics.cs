namespace Mlops.GitOps;

/// <summary>
/// The four delivery measures of DORA, from the model registry alone: every move to Production it recorded (a
/// promotion, or the return a rollback made) and the time of each release's source commit.
/// </summary>
/// <param name="Promotions">Each promotion: release and time, oldest first.</param>
/// <param name="Rollbacks">Each rollback: from which release to which, when, why.</param>
/// <param name="LeadTimes">Per promoted release whose source commit is known: from that commit to production.</param>
/// <param name="RestoreTimes">Per rollback followed by a promotion: from the rollback to that next promotion.</param>
public sealed record DeliveryMetrics(
    IReadOnlyList<(int Release, DateTimeOffset At)> Promotions,
    IReadOnlyList<(int From, int To, DateTimeOffset At, string Reason)> Rollbacks,
    IReadOnlyList<TimeSpan> LeadTimes,
    IReadOnlyList<TimeSpan> RestoreTimes)
{
    private const string RollbackNote = "rollback by ";

    /// <summary>Promotions per week, over the weeks from the first promotion to the last event (at least one week).</summary>
    public double DeploymentsPerWeek
    {
        get
        {
            if (Promotions.Count == 0)
            {
                return 0;
            }

            var last = Rollbacks.Select(r => r.At).Append(Promotions[^1].At).Max();
            return Promotions.Count / Math.Max(1, (last - Promotions[0].At).TotalDays / 7);
        }
    }

    /// <summary>Rollbacks per promotion; null before the first promotion.</summary>
    public double? ChangeFailureRate => Promotions.Count == 0 ? null : (double)Rollbacks.Count / Promotions.Count;

    public static DeliveryMetrics From(ModelRegistry registry, Func<string, DateTimeOffset?> commitTime)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(commitTime);
        var moves = registry.Versions
            .SelectMany(v => v.History.Where(h => h.Stage == ModelStage.Production).Select(h => (Release: v, Change: h)))
            .OrderBy(m => m.Change.At).ThenBy(m => m.Release.Version)
            .ToList();
        var promotions = moves.Where(m => m.Change.Note?.StartsWith(RollbackNote, StringComparison.Ordinal) != true).ToList();
        var rollbacks = new List<(int, int, DateTimeOffset, string)>();
        foreach (var back in moves.Where(m => m.Change.Note?.StartsWith(RollbackNote, StringComparison.Ordinal) == true))
        {
            // The release that was in production until then is the last one moved there before this rollback.
            var before = moves.Where(m => m.Change.At <= back.Change.At && m.Release.Version != back.Release.Version).Select(m => m.Release.Version).LastOrDefault();
            var note = back.Change.Note ?? "";
            rollbacks.Add((before, back.Release.Version, back.Change.At, note[(note.IndexOf(": ", StringComparison.Ordinal) + 2)..]));
        }

        var leadTimes = promotions
            .Select(p => commitTime(p.Release.SourceCommit) is { } committed ? p.Change.At - committed : (TimeSpan?)null)
            .OfType<TimeSpan>().ToList();
        var restoreTimes = rollbacks
            .Select(r => promotions.FirstOrDefault(p => p.Change.At > r.Item3) is { Release: not null } next ? next.Change.At - r.Item3 : (TimeSpan?)null)
            .OfType<TimeSpan>().ToList();
        return new DeliveryMetrics([.. promotions.Select(p => (p.Release.Version, p.Change.At))], rollbacks, leadTimes, restoreTimes);
    }

    /// <summary>The middle value (the mean of the two middle ones for an even count), or null for none.</summary>
    public static TimeSpan? Median(IReadOnlyList<TimeSpan> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
