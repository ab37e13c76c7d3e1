using Serilog.Events;
using Serilog.Formatting;

namespace Mlops.Targets.GitHubActions.Internal;

/// <summary>
/// A warning logged on GitHub Actions as a <c>::warning::</c> annotation, so it shows on the run's page and the pull
/// request, not only deep in a job's log (a comment that could not be posted, a goal not met). Errors are annotated
/// once, as the failure of their target; other levels write nothing.
/// </summary>
internal sealed class WarningAnnotationFormatter : ITextFormatter
{
    public void Format(LogEvent logEvent, TextWriter output)
    {
        if (logEvent.Level != LogEventLevel.Warning)
        {
            return;
        }

        var target = LogEventText.TargetOf(logEvent) ?? "build";
        output.WriteLine($"::warning title={WorkflowCommand.Property(target)}::{WorkflowCommand.Data(LogEventText.Render(logEvent))}");
    }
}
