using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Mlops.Serving.Internal;
using Prometheus;
using Serilog;
using Serilog.Events;

namespace Mlops.Serving;

/// <summary>
/// The serving app: Kestrel with the probes, /version, /predict, the Open Inference Protocol (KServe V2) and /metrics.
/// The model loads in the background once the server listens, so /health answers at once and /ready when the model
/// is warm; a model that cannot load stops the app with the reason.
/// </summary>
public static class ServingApp
{
    private static readonly string[] QuietPaths = ["/health", "/ready", "/metrics", "/v2/health/live", "/v2/health/ready"];

    /// <summary>Builds the app; <see cref="WebApplication.RunAsync"/> or StartAsync serve it.</summary>
    public static WebApplication Build(ServingOptions options) => Build(options, configure: null);

    /// <summary>
    /// Serves until <paramref name="cancellation"/> (or SIGTERM, Ctrl+C) stops it, finishing in-flight requests first;
    /// <paramref name="started"/> is told the addresses it listens on. Throws when the model cannot be loaded.
    /// </summary>
    public static async Task RunAsync(ServingOptions options, Action<IReadOnlyList<string>>? started = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        await using var app = Build(options);
        await app.StartAsync(cancellation);
        started?.Invoke([.. app.Urls]);
        await app.WaitForShutdownAsync(cancellation);
        app.Services.GetRequiredService<LoadOutcome>().ThrowIfFailed();
    }

    internal static WebApplication Build(ServingOptions options, Action<WebApplicationBuilder>? configure)
    {
        ArgumentNullException.ThrowIfNull(options);
        // The empty builder reads no configuration from the environment or files: what the app does is in the options.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes;
        });
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.Services.AddRoutingCore();
        // ASP.NET Core's own Information events name full URLs, query strings included: only its warnings get through.
        var logger = new LoggerConfiguration().MinimumLevel.Verbose().MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .WriteTo.Logger(options.Logger).CreateLogger();
        builder.Services.AddSerilog(logger, dispose: true);
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = options.ShutdownTimeout);
        builder.Services.AddSingleton<LoadOutcome>();
        configure?.Invoke(builder);

        var app = builder.Build();
        var metrics = new ServingMetrics(options.Model);
        var host = new ModelHost(options.Model, metrics, options.DriftWindowRows);
        var probes = new ProbeEndpoints(host);
        var predictions = new PredictionEndpoints(host, metrics, new ApiKeyGate(options.ApiKey), options.MaxRequestBytes);

        app.UseSerilogRequestLogging(logging =>
        {
            logging.Logger = logger;
            logging.MessageTemplate = "HTTP {RequestMethod:l} {RequestPath:l} responded {StatusCode} in {Elapsed:0.0} ms";
            // One line per request, without bodies or headers; probes and scrapes only at Verbose, or they drown the rest.
            logging.GetLevel = (context, _, error) =>
                error is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
                : QuietPaths.Contains(context.Request.Path.Value, StringComparer.Ordinal) ? LogEventLevel.Verbose
                : LogEventLevel.Information;
        });
        app.Use(Rejections);
        app.UseRouting();
        app.MapGet("/health", ProbeEndpoints.Health);
        app.MapGet("/ready", probes.Ready);
        app.MapGet("/version", probes.Version);
        app.MapPost("/predict", predictions.Predict);
        app.MapGet("/v2", ProbeEndpoints.ServerMetadata);
        app.MapGet("/v2/health/live", ProbeEndpoints.Live);
        app.MapGet("/v2/health/ready", probes.ServerReady);
        app.MapGet("/v2/models/{name}", probes.ModelMetadata);
        app.MapGet("/v2/models/{name}/versions/{version}", probes.ModelMetadata);
        app.MapGet("/v2/models/{name}/ready", probes.ModelReady);
        app.MapGet("/v2/models/{name}/versions/{version}/ready", probes.ModelReady);
        app.MapPost("/v2/models/{name}/infer", predictions.Infer);
        app.MapPost("/v2/models/{name}/versions/{version}/infer", predictions.Infer);
        app.MapMetrics("/metrics", metrics.Registry);
        app.MapFallback(context => JsonAnswer.ErrorAsync(context, StatusCodes.Status404NotFound,
            $"no endpoint {context.Request.Method} {RecordReader.Shorten(context.Request.Path.Value ?? "")}; see /health, /ready, /version, /predict, /v2, /metrics."));

        var outcome = app.Services.GetRequiredService<LoadOutcome>();
        app.Lifetime.ApplicationStopping.Register(() =>
            options.Logger.Information("Stopping: no new connections; finishing the requests in flight (up to {Seconds} s)", options.ShutdownTimeout.TotalSeconds));
        app.Lifetime.ApplicationStarted.Register(() => _ = Task.Run(() =>
        {
            try
            {
                host.Load(options.Logger);
            }
            catch (Exception e) when (e is ServingInputException or IOException or UnauthorizedAccessException)
            {
                options.Logger.Fatal("The model cannot be served: {Reason}", e.Message);
                outcome.Failed(e);
                app.Lifetime.StopApplication();
            }
        }));
        return app;
    }

    /// <summary>A rejection thrown by an endpoint, or a request Kestrel could not read, is a JSON error with its status, never a 500.</summary>
    private static async Task Rejections(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (RequestRejected e) when (!context.Response.HasStarted)
        {
            await JsonAnswer.ErrorAsync(context, e.Status, e.Message);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            await JsonAnswer.ErrorAsync(context, e.StatusCode, "the request could not be read.");
        }
    }
}
