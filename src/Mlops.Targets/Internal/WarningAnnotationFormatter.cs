using Serilog.Events;
using Serilog.Formatting;

namespace Mlops.Targets.Internal;

/// <summary>
/// A warning logged on GitHub Actions as a <c>::warning::</c> annotation, so it shows on the run's page and the pull
/// request, not only deep in a job's log (a comment that could not be posted, a goal not met).
/// </summary>
internal sealed class WarningAnnotationFormatter : ITextFormatter
{
    public void Format(LogEvent logEvent, TextWriter output)
    {
        var target = ConsoleLineFormatter.TargetOf(logEvent) ?? "build";
        output.WriteLine($"::warning title={WorkflowCommand.Property(target)}::{WorkflowCommand.Data(ConsoleLineFormatter.Render(logEvent))}");
    }
}
