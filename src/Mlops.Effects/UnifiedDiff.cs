using System.Globalization;
using System.Text;
using DiffPlex;
using Mlops.Effects.Internal;

namespace Mlops.Effects;

/// <summary>
/// A unified diff as <c>diff -u</c> and git print it, so a dry run shows a change the way a reviewer reads one.
/// </summary>
public static class UnifiedDiff
{
    private const string NoNewline = "\\ No newline at end of file\n";

    /// <summary>
    /// The diff of <paramref name="path"/> from <paramref name="before"/> to <paramref name="after"/> (null: the file
    /// does not exist), with <paramref name="context"/> unchanged lines around each change. \r\n counts as \n.
    /// Identical texts give "". A new or deleted empty file gives the two header lines only.
    /// </summary>
    public static string Create(string path, string? before, string? after, int context = 3)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentOutOfRangeException.ThrowIfNegative(context);
        if (before is null && after is null)
        {
            return "";
        }

        var lines = DiffLines(before, after);
        var changes = Enumerable.Range(0, lines.Count).Where(i => lines[i].Mark != ' ').ToList();
        if (changes.Count == 0 && (before is null) == (after is null))
        {
            return "";
        }

        // The hunks and headers stay ours: DiffPlex's UnidiffRenderer always prints ",count", numbers an empty range from
        // 1 rather than the line before it, and knows neither /dev/null nor "\ No newline at end of file", as diff -u does.
        // Old and new line numbers before each diff line, for the hunk headers.
        var oldBefore = new int[lines.Count + 1];
        var newBefore = new int[lines.Count + 1];
        for (var i = 0; i < lines.Count; i++)
        {
            oldBefore[i + 1] = oldBefore[i] + (lines[i].Mark == '+' ? 0 : 1);
            newBefore[i + 1] = newBefore[i] + (lines[i].Mark == '-' ? 0 : 1);
        }

        var reach = Math.Min(context, lines.Count); // a huge context means the whole file, without overflowing
        var text = new StringBuilder()
            .Append(before is null ? "--- /dev/null\n" : $"--- a/{path}\n")
            .Append(after is null ? "+++ /dev/null\n" : $"+++ b/{path}\n");
        for (var first = 0; first < changes.Count;)
        {
            // Changes whose contexts would touch or overlap share one hunk.
            var last = first;
            while (last + 1 < changes.Count && changes[last + 1] - changes[last] - 1 <= 2 * reach)
            {
                last++;
            }

            var from = Math.Max(0, changes[first] - reach);
            var to = Math.Min(lines.Count, changes[last] + reach + 1);
            text.Append(CultureInfo.InvariantCulture, $"@@ -{Range(oldBefore[from], oldBefore[to] - oldBefore[from])} ")
                .Append(CultureInfo.InvariantCulture, $"+{Range(newBefore[from], newBefore[to] - newBefore[from])} @@\n");
            AppendLines(text, lines, from, to);
            first = last + 1;
        }

        return text.ToString();
    }

    private readonly record struct DiffLine(char Mark, string Text);

    /// <summary>Every line of both texts in diff order: common ' ', and within each change deletions '-' before insertions '+'.</summary>
    private static List<DiffLine> DiffLines(string? before, string? after)
    {
        // DiffPlex finds the shortest edit script; the lines are cut as diff cuts them (TextLines), each keeping its
        // "\n", so a last line without one differs from the same line with one.
        var result = Differ.Instance.CreateCustomDiffs(before ?? "", after ?? "", ignoreWhiteSpace: false, TextLines.Split);
        var (oldLines, newLines) = (result.PiecesOld, result.PiecesNew);
        var lines = new List<DiffLine>(oldLines.Count + newLines.Count);
        var i = 0;
        foreach (var block in result.DiffBlocks)
        {
            for (; i < block.DeleteStartA; i++)
            {
                lines.Add(new DiffLine(' ', oldLines[i]));
            }

            lines.AddRange(oldLines.Skip(block.DeleteStartA).Take(block.DeleteCountA).Select(line => new DiffLine('-', line)));
            lines.AddRange(newLines.Skip(block.InsertStartB).Take(block.InsertCountB).Select(line => new DiffLine('+', line)));
            i = block.DeleteStartA + block.DeleteCountA;
        }

        lines.AddRange(oldLines.Skip(i).Select(line => new DiffLine(' ', line)));
        return lines;
    }

    private static void AppendLines(StringBuilder text, List<DiffLine> lines, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            text.Append(lines[i].Mark).Append(lines[i].Text);
            if (!lines[i].Text.EndsWith('\n'))
            {
                text.Append('\n').Append(NoNewline);
            }
        }
    }

    /// <summary>diff's way: "5" for one line, "5,3" for three from line 5, "4,0" for none, after line 4.</summary>
    private static string Range(int linesBefore, int count) => count switch
    {
        0 => string.Create(CultureInfo.InvariantCulture, $"{linesBefore},0"),
        1 => (linesBefore + 1).ToString(CultureInfo.InvariantCulture),
        _ => string.Create(CultureInfo.InvariantCulture, $"{linesBefore + 1},{count}"),
    };
}
