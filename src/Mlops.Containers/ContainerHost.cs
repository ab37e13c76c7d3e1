namespace Mlops.Containers;

/// <summary>
/// Where images are built and pushed: the engine's Docker API (<c>unix:///…/podman.sock</c> locally, the runner's
/// Docker on CI), the registry (<c>127.0.0.1:PORT</c>, or <c>ghcr.io</c>) and the base image the Dockerfile starts from.
/// </summary>
public sealed record ContainerHost(string DockerHost, string Registry, string BaseImage)
{
    /// <summary>A registry on loopback speaks plain HTTP; any other is reached over TLS.</summary>
    public bool RegistryIsLocal => IsLocal(Registry);

    internal static bool IsLocal(string registry) =>
        registry.StartsWith("127.0.0.1:", StringComparison.Ordinal) || registry.StartsWith("localhost:", StringComparison.Ordinal);
}
