using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using k8s;
using k8s.Autorest;
using k8s.Exceptions;
using Mlops.Kubernetes.Internal;
using YamlDotNet.Core;

namespace Mlops.Kubernetes;

/// <summary>
/// The Kubernetes API of one kubeconfig context, read with KubernetesClient. Every failure to ask it is a
/// <see cref="ClusterException"/> in one line that names the context, the server and the object asked for.
/// </summary>
public sealed class ClusterConnection(IKubernetes api, string context, string server) : IDisposable
{
    public IKubernetes Api { get; } = api;

    /// <summary>The kubeconfig context whose cluster and credentials are used.</summary>
    public string Context { get; } = context;

    /// <summary>The API server's URL, as the context names it.</summary>
    public string Server { get; } = server;

    /// <summary>How long one request may wait for the server's answer before the server counts as not answering.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The cluster of <paramref name="context"/> (default: the file's current-context) in the kubeconfig at
    /// <paramref name="path"/>. A missing file, an unknown context or a file that is no kubeconfig is an error saying so.
    /// </summary>
    public static ClusterConnection FromKubeconfig(string path, string? context = null, TimeSpan? requestTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new ClusterException($"kubeconfig {path}: no such file.");
        }

        return From(() => KubernetesClientConfiguration.LoadKubeConfig(new FileInfo(path)), $"kubeconfig {path}", context, requestTimeout);
    }

    /// <summary>
    /// The same from a kubeconfig's text, as CI holds it in a secret (<paramref name="source"/> names that secret in
    /// errors): it never touches the disk, and its certificates and keys must be inline (<c>…-data</c> fields).
    /// </summary>
    public static ClusterConnection FromKubeconfigText(string kubeconfig, string source, string? context = null, TimeSpan? requestTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(kubeconfig);
        ArgumentNullException.ThrowIfNull(source);
        if (string.IsNullOrWhiteSpace(kubeconfig))
        {
            throw new ClusterException($"{source}: the kubeconfig is empty.");
        }

        return From(() =>
        {
            using var text = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(kubeconfig));
            return KubernetesClientConfiguration.LoadKubeConfig(text);
        }, source, context, requestTimeout);
    }

    private static ClusterConnection From(Func<k8s.KubeConfigModels.K8SConfiguration> load, string source, string? context, TimeSpan? requestTimeout)
    {
        KubernetesClientConfiguration configuration;
        try
        {
            var kubeconfig = load();
            var contexts = (kubeconfig.Contexts ?? []).Select(c => c.Name).ToList();
            var chosen = context ?? kubeconfig.CurrentContext;
            if (chosen is null || !contexts.Contains(chosen, StringComparer.OrdinalIgnoreCase))
            {
                var known = contexts.Count == 0 ? "it has none" : $"it has {string.Join(", ", contexts)}";
                throw new ClusterException(chosen is null
                    ? $"{source}: no current-context, and no context was given ({known})."
                    : $"{source}: no context '{chosen}' ({known}).");
            }

            configuration = KubernetesClientConfiguration.BuildConfigFromConfigObject(kubeconfig, chosen);
        }
        catch (Exception e) when (e is KubeConfigException or YamlException or IOException or UnauthorizedAccessException)
        {
            throw new ClusterException($"{source}: {ManifestYaml.Innermost(e).TrimEnd('.')}.", e);
        }

        var timeout = requestTimeout ?? TimeSpan.FromSeconds(30);
        configuration.HttpClientTimeout = timeout;
        return new ClusterConnection(new k8s.Kubernetes(configuration), configuration.CurrentContext, configuration.Host) { RequestTimeout = timeout };
    }

    public void Dispose() => Api.Dispose();

    /// <summary>The custom resource as the API server has it now.</summary>
    internal async Task<JsonObject> ReadAsync(ArgoObjectName what, CancellationToken cancellation)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        deadline.CancelAfter(RequestTimeout);
        object answer;
        try
        {
            answer = await Api.CustomObjects.GetNamespacedCustomObjectAsync(
                ArgoObjectName.Group, ArgoObjectName.Version, what.Namespace, what.Plural, what.Name, deadline.Token).ConfigureAwait(false);
        }
        catch (HttpOperationException e)
        {
            throw Refused(what, e);
        }
        catch (HttpRequestException e)
        {
            throw new ClusterException($"cannot reach the cluster at {Server} (context {Context}) to read {what}: {Reason(e)}.", e);
        }
        catch (OperationCanceledException e) when (!cancellation.IsCancellationRequested)
        {
            throw new ClusterException($"the cluster at {Server} (context {Context}) did not answer within {RequestTimeout.TotalSeconds:0.###} s when asked for {what}.", e);
        }

        return answer is JsonElement { ValueKind: JsonValueKind.Object } element
            ? JsonNode.Parse(element.GetRawText())!.AsObject()
            : throw new ClusterException($"the cluster at {Server} (context {Context}) answered with no object when asked for {what}.");
    }

    private ClusterException Refused(ArgoObjectName what, HttpOperationException e)
    {
        var status = e.Response?.StatusCode ?? 0;
        var code = $"{(int)status} {e.Response?.ReasonPhrase ?? status.ToString()}";
        return status switch
        {
            HttpStatusCode.Unauthorized => new ClusterException($"the cluster at {Server} refused the credentials of context {Context} ({code}).", e),
            HttpStatusCode.Forbidden => new ClusterException($"the cluster at {Server} does not let context {Context} read {what} ({code}){ServerSays(e)}.", e),
            HttpStatusCode.NotFound => new ClusterException($"no {what} (404) on the cluster at {Server} (context {Context}).", e),
            _ => new ClusterException($"the cluster at {Server} (context {Context}) answered {code} when asked for {what}{ServerSays(e)}.", e),
        };
    }

    /// <summary>The message of the Status object the API server sends with an error, if it sent one.</summary>
    private static string ServerSays(HttpOperationException e)
    {
        try
        {
            return JsonNode.Parse(e.Response?.Content ?? "")?["message"] is JsonValue message && message.TryGetValue<string>(out var text) && text.Length > 0
                ? $": {ResourceHealth.OneLine(text).TrimEnd('.')}"
                : "";
        }
        catch (JsonException)
        {
            return "";
        }
    }

    private static string Reason(HttpRequestException e) =>
        e.InnerException is SocketException socket ? socket.Message : ManifestYaml.Innermost(e).TrimEnd('.');
}
