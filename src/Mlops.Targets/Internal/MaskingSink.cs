using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace Mlops.Targets.Internal;

/// <summary>Masks secrets in each event, formats it, masks the finished text once more, and writes it.</summary>
internal sealed class MaskingSink(TextWriter writer, ITextFormatter formatter, SecretMasker masker, bool ownsWriter) : ILogEventSink, IDisposable
{
    private readonly Lock _gate = new();

    private List<string>? _held;

    public void Emit(LogEvent logEvent)
    {
        using var buffer = new StringWriter();
        formatter.Format(MaskedLogEvent.From(logEvent, masker), buffer);
        var text = masker.Apply(buffer.ToString());
        lock (_gate)
        {
            if (_held is not null)
            {
                _held.Add(text);
                return;
            }

            writer.Write(text);
            writer.Flush();
        }
    }

    /// <summary>Keeps lines back (while a live progress display owns the terminal) and writes them when disposed.</summary>
    public IDisposable Hold()
    {
        lock (_gate)
        {
            _held ??= [];
        }

        return new Release(this);
    }

    private void Flush()
    {
        lock (_gate)
        {
            foreach (var text in _held ?? [])
            {
                writer.Write(text);
            }

            _held = null;
            writer.Flush();
        }
    }

    private sealed class Release(MaskingSink sink) : IDisposable
    {
        public void Dispose() => sink.Flush();
    }

    public void Dispose()
    {
        if (ownsWriter)
        {
            writer.Dispose();
        }
    }
}
