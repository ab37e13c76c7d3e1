using Mlops.Files;
using Mlops.Serving;
using Mlops.Targets;
using Serilog;

namespace Mlops.Build;

/// <summary>The serving app on this machine, with the model the last Evaluate chose.</summary>
internal sealed partial class Build
{
    [Parameter("Port Serve listens on at 127.0.0.1 (default: a free port, printed)")]
    private readonly int? _servePort = null;

    [Parameter("API key the served prediction endpoints want in X-API-Key (default: a key made once, kept in .nuke/temp/serve/api-key)")]
    [Secret]
    private readonly string? _apiKey = null;

    private AbsolutePath LocalKeyFile => TemporaryDirectory / "serve" / "api-key";

    private Target Serve => _ => _
        .Description("Serve the last evaluated model on loopback until Ctrl+C: /predict, /v2 (KServe), /health, /ready, /version, /metrics")
        .After(Evaluate)
        .Executes(() => ServingApp.RunAsync(
            new ServingOptions(ServedModel.FromArtifacts(ArtifactsDirectory), _apiKey ?? LocalApiKey.ReadOrCreate(LocalKeyFile), Log.Logger)
            {
                Urls = [$"http://127.0.0.1:{(_servePort is null or (>= 1 and <= 65535) ? _servePort ?? 0
                    : throw new ArgumentException($"--serve-port must be from 1 to 65535, not {_servePort}."))}"],
            },
            urls => Log.Information("Serving on {Url} until Ctrl+C; the key is {KeySource}: curl -H \"X-API-Key: …\" -H 'Content-Type: application/json' -d @record.json {Url}/predict",
                urls[0], _apiKey is null ? Shown(LocalKeyFile) : "--api-key", urls[0])));
}
