using Docker.DotNet.Models;

namespace Mlops.Containers.Internal;

/// <summary>
/// The progress stream of a build, push or import, with every message checked: Docker.DotNet does not throw when a
/// step fails, the stream says so (error, errorDetail), so the first error is kept and thrown once the call returns.
/// The image ID and the pushed digest arrive as "aux" messages and are kept too.
/// </summary>
internal sealed class EngineProgress(Action<string>? show = null) : IProgress<JSONMessage>
{
    private readonly List<string> _lines = [];

    public string? Error { get; private set; }

    public string? ImageId { get; private set; }

    public string? PushedDigest { get; private set; }

    public IReadOnlyList<string> Lines => _lines;

    public void Report(JSONMessage value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var error = value.Error?.Message is { Length: > 0 } detail ? detail : value.ErrorMessage;
        if (!string.IsNullOrWhiteSpace(error))
        {
            Error ??= error.Trim();
        }

        if (value.Aux?.ExtensionData is { } aux)
        {
            if (aux.TryGetValue("ID", out var id))
            {
                ImageId = id?.ToString();
            }

            if (aux.TryGetValue("Digest", out var digest))
            {
                PushedDigest = digest?.ToString();
            }
        }

        var line = (value.Stream ?? value.Status)?.TrimEnd();
        if (!string.IsNullOrWhiteSpace(line))
        {
            _lines.Add(line);
            show?.Invoke(line);
        }
    }

    /// <summary>Throws the stream's first error as "{what}: {error}".</summary>
    public void ThrowIfFailed(string what)
    {
        if (Error is { } error)
        {
            throw new ContainerEngineException($"{what}: {error.Split('\n')[0]}");
        }
    }
}
