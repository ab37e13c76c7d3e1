using System.Text;
using Mlops.Effects;
using Mlops.Files;

namespace Mlops.Targets.Internal;

/// <summary>
/// The end of a --dry-run: every side effect the build would have had, printed and written to
/// <c>artifacts/dry-run.md</c> with a unified diff for each file it would change. Secrets masked.
/// </summary>
internal static class DryRunReport
{
    public static void Write(BuildConsole console, AbsolutePath root, EffectJournal journal, SecretMasker masker)
    {
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

        var report = masker.Apply(text.ToString());
        var path = root / "artifacts" / "dry-run.md";
        AtomicFile.WriteText(path, report);

        console.Out.WriteLine();
        console.Out.WriteLine(effects.Count == 0 ? "Dry run: no side effects." : $"Dry run: {effects.Count} side effect(s) recorded, none performed:");
        foreach (var effect in effects)
        {
            console.Out.WriteLine(masker.Apply($"  {effect.Kind}: {effect.Description}"));
            if (!string.IsNullOrEmpty(effect.Diff))
            {
                foreach (var line in effect.Diff.TrimEnd('\n').Split('\n'))
                {
                    console.Out.WriteLine(masker.Apply("    " + line));
                }
            }
        }

        console.Out.WriteLine($"Dry-run report: {path.RelativeTo(root)}");
    }
}
