using System.Diagnostics;
using System.Text;

namespace Mlops.Targets.Internal;

/// <summary>
/// What a build shows GitHub Actions when it runs there: a collapsible group per target, an error annotation (with
/// the file and line of the build code that threw) per failure, and the summary table and reports in the job summary.
/// </summary>
internal sealed class GitHubActionsReporter(BuildConsole console, AbsolutePath root, SecretMasker masker, bool grouped) : ITargetObserver
{
    private readonly Lock _gate = new();

    public void Starting(PlannedTarget step)
    {
        if (grouped)
        {
            Write($"::group::{step.Name}");
        }
    }

    public void Finished(PlannedTarget step, Exception? failure)
    {
        if (grouped)
        {
            Write("::endgroup::");
        }

        if (failure is not null)
        {
            var location = Location(failure);
            var properties = $"title={WorkflowCommand.Property($"{step.Name} failed")}{location}";
            Write($"::error {properties}::{WorkflowCommand.Data(masker.Apply(failure.Message))}");
        }
    }

    /// <summary>Appends the run to the file GitHub shows as the job summary.</summary>
    public static void WriteSummary(string summaryFile, ExecutionPlan plan, TimeSpan total, MlopsBuild build)
    {
        var text = new StringBuilder();
        var failed = plan.Steps.Any(s => s.Status == TargetStatus.Failed);
        text.AppendLine($"### {(failed ? "❌ Build failed" : "✅ Build succeeded")} in {TargetRunner.Format(total)}").AppendLine();
        text.AppendLine("| Target | Status | Duration | Note |").AppendLine("|---|---|---|---|");
        foreach (var step in plan.Steps)
        {
            var ran = step.Status is TargetStatus.Succeeded or TargetStatus.Failed;
            text.AppendLine($"| {step.Name} | {step.Status} | {(ran ? TargetRunner.Format(step.Duration) : "")} | {(step.Note ?? "").Replace("|", "\\|", StringComparison.Ordinal)} |");
        }

        foreach (var line in build.Outcomes)
        {
            text.AppendLine().AppendLine($"**{line}**");
        }

        foreach (var report in build.MarkdownReports)
        {
            text.AppendLine().AppendLine(report);
        }

        File.AppendAllText(summaryFile, build.Secrets.Apply(text.ToString()));
    }

    private string Location(Exception failure)
    {
        var frame = new StackTrace(failure, fNeedFileInfo: true).GetFrames()
            .FirstOrDefault(f => f.GetFileName() is { } file && file.StartsWith(root.Value + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        return frame is null ? "" : $",file={WorkflowCommand.Property(AbsolutePath.Create(frame.GetFileName()!).RelativeTo(root))},line={frame.GetFileLineNumber()}";
    }

    private void Write(string command)
    {
        lock (_gate)
        {
            console.Out.WriteLine(command);
        }
    }
}

/// <summary>Told when each target starts and finishes (with its failure, if any).</summary>
internal interface ITargetObserver
{
    void Starting(PlannedTarget step);

    void Finished(PlannedTarget step, Exception? failure);
}
