using System.Globalization;
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

    /// <param name="annotateWarnings">On GitHub Actions: warnings also become annotations.</param>
    public BuildLog(AbsolutePath root, BuildConsole console, SecretMasker masker, Verbosity verbosity, bool annotateWarnings = false)
    {
        var directory = root / "artifacts" / "logs";
        Directory.CreateDirectory(directory);
        RemoveOldFiles(directory);
        FilePath = directory / $"build-{DateTime.UtcNow.ToString("yyyyMMdd-HHmmss-fff", CultureInfo.InvariantCulture)}.json";

        var consoleLevel = verbosity switch
        {
            Verbosity.Quiet => LogEventLevel.Error,
            Verbosity.Minimal => LogEventLevel.Warning,
            Verbosity.Normal => LogEventLevel.Information,
            _ => LogEventLevel.Debug,
        };
        var file = new StreamWriter(FilePath, append: false) { AutoFlush = false };
        ConsoleSink = new MaskingSink(console.Out, new ConsoleLineFormatter(console.UseColors, verbosity == Verbosity.Verbose), masker, ownsWriter: false);
        var configuration = new LoggerConfiguration()
            .MinimumLevel.Debug()
            .Enrich.FromLogContext()
            .WriteTo.Sink(ConsoleSink, consoleLevel)
            .WriteTo.Sink(new MaskingSink(file, new RenderedCompactJsonFormatter(), masker, ownsWriter: true));
        if (annotateWarnings)
        {
            // Errors are annotated once, as the failure of their target; warnings have no other way onto the page.
            var annotations = new MaskingSink(console.Out, new WarningAnnotationFormatter(), masker, ownsWriter: false);
            configuration = configuration.WriteTo.Logger(warnings => warnings
                .Filter.ByIncludingOnly(e => e.Level == LogEventLevel.Warning)
                .WriteTo.Sink(annotations));
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
