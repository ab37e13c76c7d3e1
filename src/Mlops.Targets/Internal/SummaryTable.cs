using Spectre.Console;

namespace Mlops.Targets.Internal;

/// <summary>The end of every run: one row per planned target (status, duration, note) and the verdict.</summary>
internal static class SummaryTable
{
    public static void Write(BuildConsole console, BuildHost host, ExecutionPlan plan, TimeSpan total, SecretMasker masker)
    {
        var ansi = SpectreConsole.For(console, host, live: false);
        ansi.Profile.Width = Math.Max(ansi.Profile.Width, 100);

        var table = new Table().Border(TableBorder.Rounded).AddColumns("Target", "Status", "Duration", "Note");
        foreach (var step in plan.Steps)
        {
            var ran = step.Status is TargetStatus.Succeeded or TargetStatus.Failed;
            table.AddRow(
                Markup.Escape(step.Name),
                $"[{Color(step.Status)}]{step.Status}[/]",
                ran ? TargetResult.Format(step.Duration) : "",
                Markup.Escape(masker.Apply(step.Note ?? "")));
        }

        var failed = plan.Steps.Where(s => s.Status == TargetStatus.Failed).Select(s => s.Name).ToList();
        table.AddEmptyRow();
        table.AddRow("Total", "", TargetResult.Format(total), "");
        ansi.Write(table);
        ansi.MarkupLine(failed.Count == 0
            ? $"[green]Build succeeded[/] in {TargetResult.Format(total)}."
            : $"[red]Build failed[/] ({Markup.Escape(string.Join(", ", failed))}) in {TargetResult.Format(total)}.");
    }

    private static string Color(TargetStatus status) => status switch
    {
        TargetStatus.Succeeded => "green",
        TargetStatus.Failed => "red",
        TargetStatus.Cached => "cyan",
        TargetStatus.Skipped => "grey",
        _ => "yellow",
    };
}
