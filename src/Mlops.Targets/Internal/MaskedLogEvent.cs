using Serilog.Events;
using Serilog.Parsing;

namespace Mlops.Targets.Internal;

/// <summary>
/// A copy of a log event with every secret replaced in its template, property values and exception, so that no
/// formatter can write a secret in any escaping (JSON output escapes a quoted value twice, which text masking misses).
/// </summary>
internal static class MaskedLogEvent
{
    private static readonly MessageTemplateParser Parser = new();

    public static LogEvent From(LogEvent logEvent, SecretMasker masker)
    {
        if (masker.IsEmpty)
        {
            return logEvent;
        }

        var template = masker.Apply(logEvent.MessageTemplate.Text) is var text && text != logEvent.MessageTemplate.Text
            ? Parser.Parse(text)
            : logEvent.MessageTemplate;
        var properties = logEvent.Properties.Select(p => new LogEventProperty(p.Key, Mask(p.Value, masker)));
        var exception = logEvent.Exception is null ? null : new MaskedException(logEvent.Exception, masker);
        return new LogEvent(logEvent.Timestamp, logEvent.Level, exception, template, properties);
    }

    private static LogEventPropertyValue Mask(LogEventPropertyValue value, SecretMasker masker) => value switch
    {
        ScalarValue { Value: string text } => new ScalarValue(masker.Apply(text)),
        ScalarValue { Value: { } other } when masker.Apply(other.ToString()) is var shown && shown != other.ToString() => new ScalarValue(shown),
        SequenceValue sequence => new SequenceValue(sequence.Elements.Select(e => Mask(e, masker))),
        StructureValue structure => new StructureValue(structure.Properties.Select(p => new LogEventProperty(p.Name, Mask(p.Value, masker))), structure.TypeTag),
        DictionaryValue dictionary => new DictionaryValue(dictionary.Elements.Select(e =>
            new KeyValuePair<ScalarValue, LogEventPropertyValue>((ScalarValue)Mask(e.Key, masker), Mask(e.Value, masker)))),
        _ => value,
    };

    /// <summary>Stands in for the logged exception: same type name and trace, secrets masked.</summary>
    private sealed class MaskedException(Exception inner, SecretMasker masker) : Exception(masker.Apply(inner.Message))
    {
        public override string? StackTrace => masker.Apply(inner.StackTrace);

        public override string ToString() => masker.Apply(inner.ToString());
    }
}
