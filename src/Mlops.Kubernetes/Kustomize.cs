using Mlops.Processes;

namespace Mlops.Kubernetes;

/// <summary>
/// Renders a kustomization with <c>kubectl kustomize</c>, the renderer Argo CD and kubectl use, into its objects.
/// </summary>
/// <param name="kubectl">The kubectl program; another only to test what happens when it is missing.</param>
public sealed class Kustomize(string kubectl = "kubectl")
{
    private const string Install = "kubectl is needed to render k8s/ (Debian: apt-get install kubernetes-client)";

    /// <summary>kubectl's client version line, e.g. "Client Version: v1.32.4".</summary>
    public async Task<string> VersionAsync()
    {
        var result = await RunAsync(["version", "--client"]);
        return result.Succeeded ? result.Output.FirstOrDefault(l => l.Length > 0) ?? "kubectl" : throw new ManifestException($"kubectl version failed: {Last(result)}");
    }

    /// <summary>
    /// The objects the kustomization in <paramref name="folder"/> renders to, each with <paramref name="source"/> as
    /// where it came from. A kustomization kustomize refuses is an error with kustomize's own reason.
    /// </summary>
    public async Task<RenderedKustomization> RenderAsync(string folder, string source)
    {
        var result = await RunAsync(["kustomize", folder]);
        if (!result.Succeeded)
        {
            throw new ManifestException(source, $"kustomize cannot render it: {Last(result)}");
        }

        // Warnings (deprecated fields) go to standard error and are not part of the YAML.
        var objects = ManifestYaml.Parse(source + " (rendered)", string.Join('\n', result.StandardOutput));
        return new RenderedKustomization(objects, [.. result.StandardError.Where(l => l.Trim().Length > 0)]);
    }

    private async Task<ProcessResult> RunAsync(IReadOnlyList<string> arguments)
    {
        try
        {
            return await new ProcessRunner { Echo = false }.RunAsync(kubectl, arguments);
        }
        catch (ProcessFailedException e) when (e.Result is null)
        {
            throw new ManifestException(Install, e);
        }
    }

    private static string Last(ProcessResult result) =>
        result.Output.LastOrDefault(l => !string.IsNullOrWhiteSpace(l))?.Trim() ?? $"exit code {result.ExitCode}";
}
