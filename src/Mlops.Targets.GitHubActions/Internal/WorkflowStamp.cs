using System.Collections;
using System.Globalization;
using System.Text;
using Mlops.Files;
using Mlops.Targets.GitHubActions.Internal.Workflows;

namespace Mlops.Targets.GitHubActions.Internal;

/// <summary>
/// Whether the workflow files are still what this build last made of them, so that a local run with nothing changed
/// does not generate them again (a third of a no-op run's time). The stamp, <c>.nuke/temp/workflows.stamp</c>, is a
/// hash of all the generator reads — the build's code, the root, the declared parameter values that become
/// dispatch-input defaults — and of every file under .github/workflows as it was left, so a file edited or deleted by hand is made again.
/// </summary>
internal sealed class WorkflowStamp(BuildContext context)
{
    private AbsolutePath StampFile => context.RootDirectory / ".nuke" / "temp" / "workflows.stamp";

    public bool IsCurrent() => File.Exists(StampFile) && File.ReadAllText(StampFile) == Compute();

    public void Save() => AtomicFile.WriteText(StampFile, Compute());

    private string Compute()
    {
        var text = new StringBuilder().AppendLine(context.CodeFingerprint).AppendLine(context.RootDirectory);
        foreach (var parameter in context.Parameters.Where(p => !p.IsSecret))
        {
            text.Append(parameter.Name).Append('=').AppendLine(Render(parameter.DeclaredValue(context.Build)));
        }

        var directory = context.RootDirectory / WorkflowGenerator.Directory;
        foreach (var file in Directory.Exists(directory) ? Directory.GetFiles(directory).Order(StringComparer.Ordinal).ToArray() : [])
        {
            text.Append(Path.GetFileName(file)).Append(' ').AppendLine(context.FileHashes.Sha256(file));
        }

        return Sha256Hex.Of(Encoding.UTF8.GetBytes(text.ToString()));
    }

    private static string Render(object? value) => value switch
    {
        null => "(null)",
        string text => text,
        IEnumerable items => string.Join(" ", items.Cast<object?>().Select(Render)),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
