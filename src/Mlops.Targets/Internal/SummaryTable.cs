using System.Text;

namespace Mlops.Targets.Internal;

/// <summary>
/// The end of every run: one row per planned target (status, duration, note) and the verdict. Drawn here, not with
/// Spectre's Table: its layout cost some 35 ms of a 130 ms no-op run even compiled ReadyToRun, for a table whose one
/// flexible part is the note, wrapped at spaces to the console's width (at least 100 columns). Widths count characters:
/// names and statuses are ASCII, and a note is one line of a message.
/// </summary>
internal static class SummaryTable
{
    public static void Write(BuildConsole console, BuildHost host, ExecutionPlan plan, TimeSpan total, SecretMasker masker)
    {
        List<string[]> rows = [["Target", "Status", "Duration", "Note"]];
        foreach (var step in plan.Steps)
        {
            var ran = step.Status is TargetStatus.Succeeded or TargetStatus.Failed;
            rows.Add([step.Name, step.Status.ToString(), ran ? TargetResult.Format(step.Duration) : "", masker.Apply(step.Note ?? "").ReplaceLineEndings(" ")]);
        }

        rows.Add(["", "", "", ""]);
        rows.Add(["Total", "", TargetResult.Format(total), ""]);
        var widths = new int[4];
        foreach (var row in rows)
        {
            for (var c = 0; c < 4; c++)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }

        var room = Math.Max(100, console.Interactive ? WindowWidth() : 0) - widths[0] - widths[1] - widths[2] - 13; // borders and padding
        widths[3] = Math.Min(widths[3], Math.Max(4, room));

        var text = new StringBuilder();
        Border(text, widths, "╭┬╮");
        for (var i = 0; i < rows.Count; i++)
        {
            var color = i >= 1 && i <= plan.Steps.Count && host.UseColors ? ColorOf(plan.Steps[i - 1].Status) : null;
            var note = Wrap(rows[i][3], widths[3]);
            for (var line = 0; line < note.Count; line++)
            {
                var cells = line == 0 ? rows[i][..3] : ["", "", ""];
                text.Append($"│ {cells[0].PadRight(widths[0])} │ {Paint(cells[1].PadRight(widths[1]), color)} │ {cells[2].PadRight(widths[2])} │ {note[line].PadRight(widths[3])} │\n");
            }

            if (i == 0)
            {
                Border(text, widths, "├┼┤");
            }
        }

        Border(text, widths, "╰┴╯");
        var failed = plan.Steps.Where(s => s.Status == TargetStatus.Failed).Select(s => s.Name).ToList();
        text.Append(failed.Count == 0
            ? $"{Paint("Build succeeded", host.UseColors ? "32" : null)} in {TargetResult.Format(total)}.\n"
            : $"{Paint("Build failed", host.UseColors ? "31" : null)} ({string.Join(", ", failed)}) in {TargetResult.Format(total)}.\n");
        console.Out.Write(text.ToString().ReplaceLineEndings());
    }

    private static void Border(StringBuilder text, int[] widths, string corners) =>
        text.Append(corners[0]).AppendJoin(corners[1], widths.Select(w => new string('─', w + 2))).Append(corners[2]).Append('\n');

    /// <summary>The note's lines: cut at the last space that fits, or where the column ends for a longer word.</summary>
    private static List<string> Wrap(string note, int width)
    {
        var lines = new List<string>();
        var rest = note.Trim();
        for (; rest.Length > width; rest = rest[lines[^1].Length..].TrimStart())
        {
            var cut = rest.LastIndexOf(' ', width);
            lines.Add(rest[..(cut > 0 ? cut : width)]);
        }

        lines.Add(rest);
        return lines;
    }

    private static string Paint(string text, string? color) => color is null ? text : $"\u001b[{color}m{text}\u001b[0m";

    private static string ColorOf(TargetStatus status) => status switch
    {
        TargetStatus.Succeeded => "32",
        TargetStatus.Failed => "31",
        TargetStatus.Cached => "36",
        TargetStatus.Skipped => "90",
        _ => "33",
    };

    private static int WindowWidth()
    {
        try
        {
            return Console.WindowWidth;
        }
        catch (IOException)
        {
            return 0; // not a terminal after all
        }
    }
}
