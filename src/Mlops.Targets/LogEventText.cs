using System.Globalization;
using Serilog.Events;
using Serilog.Parsing;

namespace Mlops.Targets;

/// <summary>How the engine reads a log event for people, shared with extensions that write events their own way.</summary>
public static class LogEventText
{
    /// <summary>The message with string values as they are: people read <c>Running (invoked)</c>, not <c>("invoked")</c>.</summary>
    public static string Render(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
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
                token.Render(logEvent.Properties, text, CultureInfo.InvariantCulture);
            }
        }

        return text.ToString();
    }

    /// <summary>The target an event was logged from (the "Target" property the runner pushes), if any.</summary>
    public static string? TargetOf(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        return logEvent.Properties.TryGetValue("Target", out var value) && value is ScalarValue { Value: string name } ? name : null;
    }
}
