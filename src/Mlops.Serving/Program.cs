using System.Collections;
using Mlops.Serving.Internal;
using Serilog;
using Serilog.Formatting.Compact;

namespace Mlops.Serving;

/// <summary>The container's entry point: settings from the environment, JSON logs on standard output, exit 1 with the reason.</summary>
internal static class Program
{
    private static async Task<int> Main()
    {
        using var logger = new LoggerConfiguration()
            .MinimumLevel.Information()
            .WriteTo.Console(new RenderedCompactJsonFormatter())
            .CreateLogger();
        try
        {
            var environment = Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
                .ToDictionary(e => (string)e.Key, e => (string?)e.Value, StringComparer.Ordinal);
            await ServingApp.RunAsync(ContainerSettings.Read(environment, logger),
                urls => logger.Information("Serving on {Urls:l}", string.Join(", ", urls)));
            return 0;
        }
        catch (ServingInputException e)
        {
            logger.Fatal("{Reason}", e.Message);
            return 1;
        }
    }
}
