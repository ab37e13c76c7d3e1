using System.Text;

namespace Mlops.Targets.GitHubActions.Internal;

/// <summary>The run in the file GitHub shows as the job summary: verdict, one row per target, outcomes, reports. Masked.</summary>
internal static class JobSummary
{
    public static void Append(string summaryFile, IReadOnlyList<TargetResult> results, TimeSpan total, BuildContext context)
    {
        var text = new StringBuilder();
        var failed = results.Any(r => r.Status == TargetStatus.Failed);
        text.AppendLine($"### {(failed ? "❌ Build failed" : "✅ Build succeeded")} in {TargetResult.Format(total)}").AppendLine();
        text.AppendLine("| Target | Status | Duration | Note |").AppendLine("|---|---|---|---|");
        foreach (var result in results)
        {
            text.AppendLine($"| {result.Name} | {result.Status} | {(result.Ran ? TargetResult.Format(result.Duration) : "")} | {(result.Note ?? "").Replace("|", "\\|", StringComparison.Ordinal)} |");
        }

        foreach (var line in context.Build.Outcomes)
        {
            text.AppendLine().AppendLine($"**{line}**");
        }

        foreach (var report in context.Build.MarkdownReports)
        {
            text.AppendLine().AppendLine(report);
        }

        File.AppendAllText(summaryFile, context.Secrets.Apply(text.ToString()));
    }
}
