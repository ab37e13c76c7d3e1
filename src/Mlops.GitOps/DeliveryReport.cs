using System.Globalization;
using System.Text;

namespace Mlops.GitOps;

/// <summary>
/// The delivery metrics as Markdown (artifacts/reports/delivery.md): the four measures, a chart of promotions and
/// rollbacks per week (Mermaid, which GitHub draws), and every promotion and rollback with its time.
/// </summary>
public static class DeliveryReport
{
    public static string Markdown(string model, DeliveryMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"# Delivery of {model}\n\n")
            .Append("From the model registry in git (every move to Production it recorded) and the source commits' times.\n\n")
            .Append("| measure | value |\n|---|---|\n")
            .Append(CultureInfo.InvariantCulture, $"| deployment frequency | {Frequency(metrics)} |\n")
            .Append(CultureInfo.InvariantCulture, $"| lead time, source commit → production (median) | {Duration(DeliveryMetrics.Median(metrics.LeadTimes), metrics.LeadTimes.Count)} |\n")
            .Append(CultureInfo.InvariantCulture, $"| change failure rate (rollbacks per promotion) | {FailureRate(metrics)} |\n")
            .Append(CultureInfo.InvariantCulture, $"| time to restore, rollback → next promotion (median) | {Duration(DeliveryMetrics.Median(metrics.RestoreTimes), metrics.RestoreTimes.Count)} |\n");
        if (metrics.Promotions.Count == 0)
        {
            return text.Append("\nNothing has been promoted to production yet.\n").ToString();
        }

        AppendChart(text, metrics);
        text.Append("\n| when (UTC) | what |\n|---|---|\n");
        var events = metrics.Promotions.Select(p => (p.At, What: $"promoted release {p.Release}"))
            .Concat(metrics.Rollbacks.Select(r => (r.At, What: $"rolled back from release {r.From} to {r.To}: {r.Reason.Replace("|", "\\|", StringComparison.Ordinal)}")))
            .OrderBy(e => e.At);
        foreach (var (at, what) in events)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {at.UtcDateTime:yyyy-MM-dd HH:mm} | {what} |\n");
        }

        return text.ToString();
    }

    /// <summary>Promotions and rollbacks per ISO week, from the first week with an event to the last.</summary>
    private static void AppendChart(StringBuilder text, DeliveryMetrics metrics)
    {
        static DateTime WeekOf(DateTimeOffset at) => at.UtcDateTime.Date.AddDays(-(((int)at.UtcDateTime.DayOfWeek + 6) % 7));
        var first = WeekOf(metrics.Promotions[0].At);
        var last = WeekOf(metrics.Rollbacks.Select(r => r.At).Append(metrics.Promotions[^1].At).Max());
        var weeks = Enumerable.Range(0, (int)((last - first).TotalDays / 7) + 1).Select(i => first.AddDays(7 * i)).ToList();
        string Counts(IEnumerable<DateTimeOffset> times) =>
            string.Join(", ", weeks.Select(w => times.Count(t => WeekOf(t) == w).ToString(CultureInfo.InvariantCulture)));
        text.Append("\n```mermaid\nxychart-beta\n    title \"Promotions (bars) and rollbacks (line) per week\"\n")
            .Append(CultureInfo.InvariantCulture, $"    x-axis [{string.Join(", ", weeks.Select(w => $"\"{w:MM-dd}\""))}]\n")
            .Append("    y-axis \"per week\"\n")
            .Append(CultureInfo.InvariantCulture, $"    bar [{Counts(metrics.Promotions.Select(p => p.At))}]\n")
            .Append(CultureInfo.InvariantCulture, $"    line [{Counts(metrics.Rollbacks.Select(r => r.At))}]\n```\n");
    }

    private static string Frequency(DeliveryMetrics metrics) => metrics.Promotions.Count == 0
        ? "no promotion yet"
        : string.Create(CultureInfo.InvariantCulture, $"{metrics.DeploymentsPerWeek:0.##} per week ({metrics.Promotions.Count} promotion(s) since {metrics.Promotions[0].At.UtcDateTime:yyyy-MM-dd})");

    private static string FailureRate(DeliveryMetrics metrics) => metrics.ChangeFailureRate is { } rate
        ? string.Create(CultureInfo.InvariantCulture, $"{rate:0.#%} ({metrics.Rollbacks.Count} of {metrics.Promotions.Count})")
        : "no promotion yet";

    private static string Duration(TimeSpan? value, int count) => value is not { } time
        ? "none measured"
        : string.Create(CultureInfo.InvariantCulture, $"{(time.TotalDays >= 1 ? $"{time.TotalDays:0.#} d" : time.TotalHours >= 1 ? $"{time.TotalHours:0.#} h" : $"{time.TotalMinutes:0} min")} (of {count})");
}
