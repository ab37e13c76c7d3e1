using System.Text.RegularExpressions;
using Docker.DotNet.Models;
using Mlops.Containers.Internal;
using Polly;
using Polly.Retry;

namespace Mlops.Containers;

/// <summary>
/// Pushes every tag of a built image through the engine, retrying with backoff when the registry fails in passing
/// (refused or dropped connections, 5xx) but not when it refuses the login. The digest the engine reports (aux
/// message, or podman's status line) must be the one the registry then serves for each tag (Docker-Content-Digest),
/// or the push fails: a digest is never claimed that the registry does not hold. Layers the registry has are not sent
/// again (the engine asks first).
/// </summary>
public sealed partial class ImagePusher(ContainerEngine engine, RegistryCredentials? credentials, TimeSpan? firstRetryDelay = null, int retries = 4)
{
    // Words, not bare status codes: "403" turns up inside digests.
    private static readonly string[] Refusals = ["unauthorized", "denied", "authentication required", "forbidden"];

    public async Task<ImagePushResult> PushAsync(BuiltImage image, string registry, Action<string> say, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(say);
        await engine.EnsureReachableAsync(cancellation);
        var repository = image.Name.StartsWith(registry + "/", StringComparison.Ordinal) ? image.Name[(registry.Length + 1)..]
            : throw new ContainerEngineException($"{image.Name} is not in the registry {registry}; build it for that registry (--registry) first.");
        var retry = new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<ContainerEngineException>(e => !IsRefusal(e.Message)).Handle<HttpRequestException>(),
            MaxRetryAttempts = retries,
            BackoffType = DelayBackoffType.Exponential,
            Delay = firstRetryDelay ?? TimeSpan.FromSeconds(1),
            OnRetry = args =>
            {
                say($"Push failed ({args.Outcome.Exception?.Message}); retry {args.AttemptNumber + 1} of {retries} in {args.RetryDelay.TotalSeconds:0.#} s");
                return ValueTask.CompletedTask;
            },
        }).Build();

        using var registryApi = new RegistryApi(registry, credentials);
        string? digest = null;
        foreach (var tag in image.Tags)
        {
            var pushed = await retry.ExecuteAsync(async token => await PushTagAsync(image.Name, tag, token), cancellation);
            var held = await retry.ExecuteAsync(async token => await registryApi.ManifestDigestAsync(repository, tag, token), cancellation);
            if (held != pushed)
            {
                throw new ContainerEngineException($"{image.Name}:{tag}: the engine pushed {pushed} but the registry serves {held ?? "nothing"} for it.");
            }

            if (digest is not null && digest != pushed)
            {
                throw new ContainerEngineException($"{image.Name}:{tag}: pushed as {pushed}, but the image's other tags are {digest}.");
            }

            digest = pushed;
            say($"Pushed {image.Name}:{tag} ({pushed})");
        }

        return new ImagePushResult(digest!, [.. image.References]);
    }

    private async Task<string> PushTagAsync(string name, string tag, CancellationToken cancellation)
    {
        var progress = new EngineProgress();
        var auth = credentials is null ? new AuthConfig() : new AuthConfig { Username = credentials.Username, Password = credentials.Password };
        try
        {
            await engine.Client.Images.PushImageAsync(name, new ImagePushParameters { Tag = tag }, auth, progress, cancellation);
        }
        catch (Exception e) when (e is Docker.DotNet.DockerApiException or IOException or HttpRequestException)
        {
            throw new ContainerEngineException($"pushing {name}:{tag}: {ContainerEngine.Reason(e)}", e);
        }

        if (progress.Error is { } error && IsRefusal(error))
        {
            throw new ContainerEngineException($"pushing {name}:{tag}: the registry refused the credentials ({error.Split('\n')[0]}); check --registry-username and --registry-password.");
        }

        progress.ThrowIfFailed($"pushing {name}:{tag}");
        // Docker reports the digest in an aux message, podman only in its closing status line.
        return progress.PushedDigest ?? progress.Lines.Select(line => Digest().Match(line)).FirstOrDefault(m => m.Success)?.Groups[1].Value
            ?? throw new ContainerEngineException($"pushing {name}:{tag}: the engine did not say which digest it pushed.");
    }

    private static bool IsRefusal(string message) => Refusals.Any(word => message.Contains(word, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"digest: (sha256:[0-9a-f]{64})")]
    private static partial Regex Digest();
}
