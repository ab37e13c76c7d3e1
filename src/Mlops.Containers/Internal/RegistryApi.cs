using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Mlops.Containers.Internal;

/// <summary>
/// The registry's own HTTP API (distribution v2), for what the engine's push does not say: the digest of a tag's
/// manifest as the registry holds it (Docker-Content-Digest), asked with a bearer token where the registry wants one.
/// </summary>
internal sealed class RegistryApi(string registry, RegistryCredentials? credentials) : IDisposable
{
    private static readonly string[] ManifestTypes =
    [
        "application/vnd.oci.image.manifest.v1+json", "application/vnd.docker.distribution.manifest.v2+json",
        "application/vnd.oci.image.index.v1+json", "application/vnd.docker.distribution.manifest.list.v2+json",
    ];

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly string _base = (ContainerHost.IsLocal(registry) ? "http://" : "https://") + registry;

    /// <summary>The digest of <paramref name="repository"/>:<paramref name="tag"/>'s manifest, or null when the registry has no such tag.</summary>
    public async Task<string?> ManifestDigestAsync(string repository, string tag, CancellationToken cancellation)
    {
        var uri = new Uri($"{_base}/v2/{repository}/manifests/{tag}");
        using var response = await SendAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Head, uri);
            foreach (var type in ManifestTypes)
            {
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(type));
            }

            return request;
        }, cancellation);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new ContainerEngineException($"{registry}: HEAD {uri.AbsolutePath} answered {(int)response.StatusCode} {response.ReasonPhrase}.");
        }

        return response.Headers.TryGetValues("Docker-Content-Digest", out var digests) ? digests.First()
            : throw new ContainerEngineException($"{registry}: the manifest of {repository}:{tag} came without a Docker-Content-Digest.");
    }

    public void Dispose() => _http.Dispose();

    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> request, CancellationToken cancellation)
    {
        var response = await _http.SendAsync(request(), cancellation);
        if (response.StatusCode != HttpStatusCode.Unauthorized || response.Headers.WwwAuthenticate.FirstOrDefault(h => h.Scheme == "Bearer") is not { } challenge)
        {
            return response;
        }

        // The token endpoint the challenge names, with the login where there is one (anonymous pull otherwise).
        response.Dispose();
        var fields = (challenge.Parameter ?? "").Split(',').Select(p => p.Split('=', 2)).Where(p => p.Length == 2)
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim().Trim('"'), StringComparer.OrdinalIgnoreCase);
        var realm = fields.GetValueOrDefault("realm") ?? throw new ContainerEngineException($"{registry}: a bearer challenge without a realm.");
        var query = string.Join('&', fields.Where(f => f.Key is "service" or "scope").Select(f => $"{f.Key}={Uri.EscapeDataString(f.Value)}"));
        using var tokenRequest = new HttpRequestMessage(HttpMethod.Get, new Uri($"{realm}?{query}"));
        if (credentials is not null)
        {
            tokenRequest.Headers.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{credentials.Username}:{credentials.Password}")));
        }

        using var tokenResponse = await _http.SendAsync(tokenRequest, cancellation);
        if (!tokenResponse.IsSuccessStatusCode)
        {
            throw new ContainerEngineException($"{registry}: the token endpoint refused the credentials ({(int)tokenResponse.StatusCode}).");
        }

        using var json = JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync(cancellation));
        var token = json.RootElement.TryGetProperty("token", out var t) ? t.GetString() : json.RootElement.GetProperty("access_token").GetString();
        var retried = request();
        retried.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await _http.SendAsync(retried, cancellation);
    }
}
