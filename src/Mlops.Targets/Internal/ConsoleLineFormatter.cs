using Serilog.Events;
using Serilog.Formatting;

namespace Mlops.Targets.Internal;

/// <summary>
/// One line per event for people: <c>08:12:01 INF Compile   │ message</c>. The target column keeps parallel output
/// readable. Stack traces only at --verbosity verbose; the JSON log always has them.
/// </summary>
internal sealed class ConsoleLineFormatter(bool useColors, bool showStackTraces) : ITextFormatter
{
    private const string Dim = "\u001b[2m";
    private const string Reset = "\u001b[0m";

    public void Format(LogEvent logEvent, TextWriter output)
    {
        var target = LogEventText.TargetOf(logEvent) ?? "";
        var (level, color) = logEvent.Level switch
        {
            LogEventLevel.Verbose or LogEventLevel.Debug => ("DBG", "\u001b[90m"),
            LogEventLevel.Information => ("INF", "\u001b[36m"),
            LogEventLevel.Warning => ("WRN", "\u001b[33m"),
            _ => ("ERR", "\u001b[31m"),
        };

        var time = logEvent.Timestamp.ToLocalTime().ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        var message = LogEventText.Render(logEvent);
        var column = target.Length > 0 ? $"{target,-14}│ " : "";
        output.WriteLine(useColors
            ? $"{Dim}{time}{Reset} {color}{level}{Reset} {Dim}{column}{Reset}{message}"
            : $"{time} {level} {column}{message}");
        if (showStackTraces && logEvent.Exception is { } exception)
        {
            output.WriteLine(exception.ToString());
        }
    }
}
