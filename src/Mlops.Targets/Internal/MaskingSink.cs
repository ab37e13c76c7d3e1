using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace Mlops.Targets.Internal;

/// <summary>Masks secrets in each event, formats it, masks the finished text once more, and writes it.</summary>
internal sealed class MaskingSink(TextWriter writer, ITextFormatter formatter, SecretMasker masker, bool ownsWriter) : ILogEventSink, IDisposable
{
    private readonly Lock _gate = new();

    public void Emit(LogEvent logEvent)
    {
        using var buffer = new StringWriter();
        formatter.Format(MaskedLogEvent.From(logEvent, masker), buffer);
        var text = masker.Apply(buffer.ToString());
        lock (_gate)
        {
            writer.Write(text);
            writer.Flush();
        }
    }

    public void Dispose()
    {
        if (ownsWriter)
        {
            writer.Dispose();
        }
    }
}
