using System.Text;
using Mlops.Files;

namespace Mlops.Effects;

/// <summary>
/// The end of a dry run: every side effect the journal recorded, printed and written as Markdown (the build's
/// <c>artifacts/dry-run.md</c>) with a unified diff for each file that would change. Every line passes through
/// <c>mask</c> first, so no secret reaches either.
/// </summary>
public static class DryRunReport
{
    /// <param name="shownPath">The report's path as the last console line names it (relative to the repository).</param>
    public static void Write(EffectJournal journal, TextWriter console, string reportPath, string shownPath, Func<string, string> mask)
    {
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(mask);
        var effects = journal.Effects;
        var text = new StringBuilder("# Dry run\n\n");
        text.AppendLine(effects.Count == 0
            ? "The build would have had no side effects."
            : $"The build would have had {effects.Count} side effect(s); none was performed.");
        foreach (var effect in effects)
        {
            text.AppendLine().Append("- **").Append(effect.Kind).Append("**: ").AppendLine(effect.Description);
            if (!string.IsNullOrEmpty(effect.Diff))
            {
                text.AppendLine().AppendLine("```diff").Append(effect.Diff.TrimEnd('\n')).AppendLine().AppendLine("```");
            }
        }

        AtomicFile.WriteText(reportPath, mask(text.ToString()));

        console.WriteLine();
        console.WriteLine(effects.Count == 0 ? "Dry run: no side effects." : $"Dry run: {effects.Count} side effect(s) recorded, none performed:");
        foreach (var effect in effects)
        {
            console.WriteLine(mask($"  {effect.Kind}: {effect.Description}"));
            if (!string.IsNullOrEmpty(effect.Diff))
            {
                foreach (var line in effect.Diff.TrimEnd('\n').Split('\n'))
                {
                    console.WriteLine(mask("    " + line));
                }
            }
        }

        console.WriteLine($"Dry-run report: {shownPath}");
    }
}
