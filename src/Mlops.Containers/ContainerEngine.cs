using System.Net.Sockets;
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

    public void Dispose() => Client.Dispose();

    internal static string Reason(Exception e) => (e.InnerException is { } inner && e is HttpRequestException ? inner.Message : e.Message).Split('\n')[0];
}
