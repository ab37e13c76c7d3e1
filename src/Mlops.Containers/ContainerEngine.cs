using System.Net.Sockets;
using System.Text.Json;
using Docker.DotNet;

namespace Mlops.Containers;

/// <summary>A container engine's Docker API (Docker, or podman's compatible service), checked reachable before it is used.</summary>
public sealed class ContainerEngine : IDisposable
{
    public ContainerEngine(string dockerHost)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dockerHost);
        Host = dockerHost;
        Client = new DockerClientConfiguration(new Uri(dockerHost), defaultTimeout: TimeSpan.FromMinutes(10)).CreateClient();
    }

    public string Host { get; }

    internal DockerClient Client { get; }

    /// <summary>Pings the engine; an engine that does not answer is a one-line error naming it and what starts one.</summary>
    public async Task EnsureReachableAsync(CancellationToken cancellation = default)
    {
        var uri = new Uri(Host);
        if (uri.Scheme == "unix" && !File.Exists(uri.AbsolutePath))
        {
            throw new ContainerEngineException($"The container engine at {Host} cannot be reached (no socket there); locally ./build.sh Up starts one, or set --docker-host.");
        }

        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            timeout.CancelAfter(TimeSpan.FromSeconds(10));
            await Client.System.PingAsync(timeout.Token);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or SocketException or TimeoutException or DockerApiException
            or OperationCanceledException && !cancellation.IsCancellationRequested)
        {
            throw new ContainerEngineException(
                $"The container engine at {Host} cannot be reached ({Reason(e)}); locally ./build.sh Up starts one, or set --docker-host.", e);
        }
    }

    /// <summary>Pulls <paramref name="reference"/> (name:tag or name@digest), every progress message checked.</summary>
    public async Task PullAsync(string reference, CancellationToken cancellation = default)
    {
        var progress = new Internal.EngineProgress();
        var at = reference.LastIndexOfAny([':', '@']) is var split && split > reference.LastIndexOf('/') ? split : -1;
        await Client.Images.CreateImageAsync(new Docker.DotNet.Models.ImagesCreateParameters
        {
            FromImage = at < 0 ? reference : reference[..at],
            Tag = at < 0 ? "latest" : reference[(at + 1)..],
        }, null, progress, cancellation);
        progress.ThrowIfFailed($"pulling {reference}");
    }

    /// <summary>Removes the local image <paramref name="reference"/> (all its tags), so a pull must fetch it.</summary>
    public async Task RemoveImageAsync(string reference, CancellationToken cancellation = default) =>
        await Client.Images.DeleteImageAsync(reference, new Docker.DotNet.Models.ImageDeleteParameters { Force = true }, cancellation);

    public void Dispose() => Client.Dispose();

    /// <summary>
    /// Why a call failed, in one line: for an error answer, its status and the engine's message, or that it gave none
    /// (podman answers some refusals with a bare 500 and says why only in its own log), never Docker.DotNet's "response=".
    /// </summary>
    internal static string Reason(Exception e) => (e switch
    {
        DockerApiException answer => $"the engine answered {(int)answer.StatusCode} {answer.StatusCode}"
            + (MessageOf(answer.ResponseBody) is { } message ? $": {message}" : " without saying why"),
        HttpRequestException { InnerException: { } inner } => inner.Message,
        _ => e.Message,
    }).Split('\n')[0];

    /// <summary>The message of an error answer: Docker's and podman's {"message": …}, or the body as it is.</summary>
    private static string? MessageOf(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("message", out var message)
                && message.ValueKind == JsonValueKind.String && message.GetString() is { Length: > 0 } text ? text.Trim() : body.Trim();
        }
        catch (JsonException)
        {
            return body.Trim();
        }
    }
}
