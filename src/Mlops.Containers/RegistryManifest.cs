using Mlops.Containers.Internal;

namespace Mlops.Containers;

/// <summary>Asks a registry whether it holds an image by digest, as Promote checks before production is pointed at it.</summary>
public static class RegistryManifest
{
    /// <summary>
    /// Whether the registry in <paramref name="reference"/> (registry/owner/name@sha256:…) serves that manifest. A registry
    /// that cannot be reached, or refuses the credentials, is an error, not a "no".
    /// </summary>
    public static async Task<bool> ExistsAsync(string reference, RegistryCredentials? credentials, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        var at = reference.LastIndexOf('@');
        var slash = reference.IndexOf('/', StringComparison.Ordinal);
        if (at < 0 || slash < 0 || slash > at)
        {
            throw new ContainerEngineException($"'{reference}' is not an image reference by digest (registry/name@sha256:…).");
        }

        using var registry = new RegistryApi(reference[..slash], credentials);
        try
        {
            return await registry.ManifestDigestAsync(reference[(slash + 1)..at], reference[(at + 1)..], cancellation) is not null;
        }
        catch (HttpRequestException e)
        {
            throw new ContainerEngineException($"{reference[..slash]}: cannot reach the registry to check {reference}: {e.Message}", e);
        }
    }
}
