using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace Mlops.Processes.Tests;

/// <summary>Serilog's static logger pointed at a list for the life of a test, then put back.</summary>
internal sealed class CapturedLog : IDisposable
{
    private readonly ILogger _previous = Log.Logger;
    private readonly ListSink _sink = new();

    public CapturedLog() => Log.Logger = new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(_sink).CreateLogger();

    public IReadOnlyList<(LogEventLevel Level, string Text)> Events => _sink.Snapshot();

    public IReadOnlyList<string> Texts => Events.Select(e => e.Text).ToList();

    public void Dispose()
    {
        (Log.Logger as IDisposable)?.Dispose();
        Log.Logger = _previous;
    }

    // Kept apart from CapturedLog: disposing the logger disposes its sinks, and must not dispose us again.
    private sealed class ListSink : ILogEventSink
    {
        private readonly List<LogEvent> _events = [];

        public void Emit(LogEvent logEvent)
        {
            lock (_events)
            {
                _events.Add(logEvent);
            }
        }

        public List<(LogEventLevel Level, string Text)> Snapshot()
        {
            lock (_events)
            {
                return _events.Select(e => (e.Level, e.RenderMessage())).ToList();
            }
        }
    }
}
