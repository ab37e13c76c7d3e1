using Serilog.Events;
using Serilog.Formatting;
using Serilog.Parsing;

namespace Mlops.Targets.Internal;

/// <summary>
/// One line per event for people: <c>08:12:01 INF Compile   │ message</c>. The target column keeps parallel output
/// readable. Stack traces only at --verbosity verbose; the JSON log always has them.
/// </summary>
internal sealed class ConsoleLineFormatter(bool useColors, bool showStackTraces) : ITextFormatter
{
    private const string Dim = "\u001b[2m";
    private const string Reset = "\u001b[0m";

    /// <summary>The message with string values as they are: people read <c>Running (invoked)</c>, not <c>("invoked")</c>.</summary>
    public static string Render(LogEvent logEvent)
    {
        var text = new StringWriter();
        foreach (var token in logEvent.MessageTemplate.Tokens)
        {
            if (token is PropertyToken property && logEvent.Properties.TryGetValue(property.PropertyName, out var value) &&
                value is ScalarValue { Value: string literal })
            {
                text.Write(literal);
            }
            else
            {
                token.Render(logEvent.Properties, text, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return text.ToString();
    }

    /// <summary>The target an event was logged from (the "Target" property the runner pushes), if any.</summary>
    public static string? TargetOf(LogEvent logEvent) =>
        logEvent.Properties.TryGetValue("Target", out var value) && value is ScalarValue { Value: string name } ? name : null;

    public void Format(LogEvent logEvent, TextWriter output)
    {
        var target = TargetOf(logEvent) ?? "";
        var (level, color) = logEvent.Level switch
        {
            LogEventLevel.Verbose or LogEventLevel.Debug => ("DBG", "\u001b[90m"),
            LogEventLevel.Information => ("INF", "\u001b[36m"),
            LogEventLevel.Warning => ("WRN", "\u001b[33m"),
            _ => ("ERR", "\u001b[31m"),
        };

        var time = logEvent.Timestamp.ToLocalTime().ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        var message = Render(logEvent);
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
