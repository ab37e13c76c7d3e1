using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace Mlops.Targets.Internal;

/// <summary>Formats each event, masks secrets in the finished text, and writes it: nothing reaches the writer unmasked.</summary>
internal sealed class MaskingSink(TextWriter writer, ITextFormatter formatter, SecretMasker masker, bool ownsWriter) : ILogEventSink, IDisposable
{
    private readonly Lock _gate = new();

    public void Emit(LogEvent logEvent)
    {
        using var buffer = new StringWriter();
        formatter.Format(logEvent, buffer);
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
