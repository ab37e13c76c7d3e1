using System.Globalization;
using Mlops.Files;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Mlops.Targets.Internal;

/// <summary>
/// The run's Serilog logger, installed as <see cref="Log.Logger"/> so step libraries log through it: console lines for
/// people, and one JSON event per line in <c>artifacts/logs/build-&lt;time&gt;.json</c> for machines. Both masked.
/// </summary>
internal sealed class BuildLog : IDisposable
{
    private const int KeptLogFiles = 20;
    private readonly ILogger _previous;
    private readonly Logger _logger;

    /// <param name="annotate">A run: extensions add their console annotations (GitHub's warnings) to the log.</param>
    public BuildLog(BuildContext context, bool annotate)
    {
        var directory = context.RootDirectory / "artifacts" / "logs";
        Directory.CreateDirectory(directory);
        RemoveOldFiles(directory);
        FilePath = directory / $"build-{DateTime.UtcNow.ToString("yyyyMMdd-HHmmss-fff", CultureInfo.InvariantCulture)}.json";

        var verbosity = context.Options.Verbosity;
        var consoleLevel = verbosity switch
        {
            Verbosity.Quiet => LogEventLevel.Error,
            Verbosity.Minimal => LogEventLevel.Warning,
            Verbosity.Normal => LogEventLevel.Information,
            _ => LogEventLevel.Debug,
        };
        var masker = context.Secrets;
        var file = new StreamWriter(FilePath, append: false) { AutoFlush = false };
        ConsoleSink = new MaskingSink(context.Console.Out, new ConsoleLineFormatter(context.Host.UseColors, verbosity == Verbosity.Verbose), masker, ownsWriter: false);
        var configuration = new LoggerConfiguration()
            .MinimumLevel.Debug()
            .Enrich.FromLogContext()
            .WriteTo.Sink(ConsoleSink, consoleLevel)
            .WriteTo.Sink(new MaskingSink(file, new RenderedCompactJsonFormatter(), masker, ownsWriter: true));
        foreach (var formatter in annotate ? context.Extensions.Select(e => e.ConsoleAnnotations(context)).OfType<Serilog.Formatting.ITextFormatter>() : [])
        {
            configuration = configuration.WriteTo.Sink(new MaskingSink(context.Console.Out, formatter, masker, ownsWriter: false));
        }

        _logger = configuration.CreateLogger();
        _previous = Log.Logger;
        Log.Logger = _logger;
    }

    public AbsolutePath FilePath { get; }

    /// <summary>The console lines, which a live progress display holds back while it draws.</summary>
    public MaskingSink ConsoleSink { get; }

    public void Dispose()
    {
        Log.Logger = _previous;
        _logger.Dispose();
    }

    private static void RemoveOldFiles(AbsolutePath directory)
    {
        foreach (var old in Directory.GetFiles(directory, "build-*.json").Order(StringComparer.Ordinal).SkipLast(KeptLogFiles - 1))
        {
            File.Delete(old);
        }
    }
}
