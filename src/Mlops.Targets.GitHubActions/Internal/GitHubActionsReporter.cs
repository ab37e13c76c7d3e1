using System.Diagnostics;
using Mlops.Files;

namespace Mlops.Targets.GitHubActions.Internal;

/// <summary>
/// What a run shows GitHub Actions as it goes: a collapsible group per target, and an error annotation (with the file
/// and line of the build code that threw) per failure.
/// </summary>
internal sealed class GitHubActionsReporter(BuildContext context, bool grouped)
{
    private readonly Lock _gate = new();

    public void Starting(string target)
    {
        if (grouped)
        {
            Write($"::group::{target}");
        }
    }

    public void Finished(TargetResult result, Exception? failure)
    {
        if (grouped)
        {
            Write("::endgroup::");
        }

        if (failure is not null)
        {
            var properties = $"title={WorkflowCommand.Property($"{result.Name} failed")}{Location(failure)}";
            Write($"::error {properties}::{WorkflowCommand.Data(context.Secrets.Apply(failure.Message))}");
        }
    }

    private string Location(Exception failure)
    {
        var root = context.RootDirectory;
        var frame = new StackTrace(failure, fNeedFileInfo: true).GetFrames()
            .FirstOrDefault(f => f.GetFileName() is { } file && file.StartsWith(root.Value + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        return frame is null ? "" : $",file={WorkflowCommand.Property(AbsolutePath.Create(frame.GetFileName()!).RelativeTo(root))},line={frame.GetFileLineNumber()}";
    }

    private void Write(string command)
    {
        lock (_gate)
        {
            context.Console.Out.WriteLine(command);
        }
    }
}
