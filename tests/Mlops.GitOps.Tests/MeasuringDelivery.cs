namespace Mlops.GitOps.Tests;

/// <summary>DORA's four measures from the registry's recorded stage changes.</summary>
public sealed class MeasuringDelivery
{
    private static readonly DateTimeOffset Day0 = Releases.Monday;

    /// <summary>Release 1 promoted on day 0, release 2 on day 2, rolled back to 1 on day 3, release 3 promoted on day 5.</summary>
    private static ModelRegistry History()
    {
        var (registry, _) = ModelRegistry.Empty("adult-income").WithStaged(Releases.Candidate(Overlays.Digest1), Day0.AddHours(-3));
        registry = registry.WithPromoted(1, Day0, "promoted by alice");
        (registry, _) = registry.WithStaged(Releases.Candidate(Overlays.Digest2), Day0.AddDays(2).AddHours(-1));
        registry = registry.WithPromoted(2, Day0.AddDays(2), "promoted by alice");
        (registry, _, _) = registry.WithRolledBack("bob", "p99 doubled", Day0.AddDays(3));
        (registry, _) = registry.WithStaged(Releases.Candidate(Overlays.Digest3), Day0.AddDays(5).AddHours(-2));
        return registry.WithPromoted(3, Day0.AddDays(5), "promoted by alice") with { Hold = null };
    }

    /// <summary>Each release's source commit was made 4 hours before it was promoted (the test candidates' commits come from their digests).</summary>
    private static DateTimeOffset? CommitTime(string sha) =>
        sha == Overlays.Digest1[7..47] ? Day0.AddHours(-4) : sha == Overlays.Digest2[7..47] ? Day0.AddDays(2).AddHours(-4) : null;

    [Fact]
    public void Promotions_and_rollbacks_are_told_apart()
    {
        var metrics = DeliveryMetrics.From(History(), CommitTime);

        Assert.Equal([(1, Day0), (2, Day0.AddDays(2)), (3, Day0.AddDays(5))], metrics.Promotions);
        Assert.Equal([(2, 1, Day0.AddDays(3), "p99 doubled")], metrics.Rollbacks);
    }

    [Fact]
    public void The_four_measures_follow_from_them()
    {
        var metrics = DeliveryMetrics.From(History(), CommitTime);

        Assert.Equal(3, metrics.DeploymentsPerWeek, 6); // five days count as one week: a rate over less would overstate it
        Assert.Equal(1 / 3.0, metrics.ChangeFailureRate!.Value, 6);
        Assert.Equal([TimeSpan.FromHours(4), TimeSpan.FromHours(4)], metrics.LeadTimes); // release 3's commit is unknown
        Assert.Equal([TimeSpan.FromDays(2)], metrics.RestoreTimes);
    }

    [Fact]
    public void The_report_shows_the_measures_a_chart_and_every_event()
    {
        var report = DeliveryReport.Markdown("adult-income", DeliveryMetrics.From(History(), CommitTime));

        Assert.Contains("| deployment frequency | 3 per week (3 promotion(s) since 2026-11-30) |", report, StringComparison.Ordinal);
        Assert.Contains("| change failure rate (rollbacks per promotion) | 33.3% (1 of 3) |", report, StringComparison.Ordinal);
        Assert.Contains("| lead time, source commit → production (median) | 4 h (of 2) |", report, StringComparison.Ordinal);
        Assert.Contains("| time to restore, rollback → next promotion (median) | 2 d (of 1) |", report, StringComparison.Ordinal);
        Assert.Contains("    bar [3]\n    line [1]\n", report, StringComparison.Ordinal);
        Assert.Contains("| 2026-12-03 09:00 | rolled back from release 2 to 1: p99 doubled |", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Before_any_promotion_the_report_says_so()
    {
        var report = DeliveryReport.Markdown("adult-income", DeliveryMetrics.From(ModelRegistry.Empty("adult-income"), _ => null));

        Assert.Contains("| deployment frequency | no promotion yet |", report, StringComparison.Ordinal);
        Assert.EndsWith("Nothing has been promoted to production yet.\n", report, StringComparison.Ordinal);
    }
}
