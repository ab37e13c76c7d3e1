using System.Text.Json;
using Mlops.Files;

namespace Mlops.Containers;

/// <summary>
/// An image as built (artifacts/image/image.json): its name and tags, the engine's image ID, each layer with its
/// digest and size, the labels and the base; after a push, the manifest digest the registry confirmed.
/// </summary>
public sealed record BuiltImage(
    string Name,
    IReadOnlyList<string> Tags,
    string ImageId,
    IReadOnlyList<ImageLayer> Layers,
    IReadOnlyDictionary<string, string> Labels,
    string BaseImage)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The manifest digest in the registry (sha256:…), once pushed and checked; null before.</summary>
    public string? Digest { get; init; }

    /// <summary>Every name:tag the image goes by.</summary>
    public IEnumerable<string> References => Tags.Select(tag => $"{Name}:{tag}");

    public void WriteTo(string imageJson) => AtomicFile.WriteText(imageJson, JsonSerializer.Serialize(this, Json) + "\n");

    public static BuiltImage Read(string imageJson)
    {
        try
        {
            return JsonSerializer.Deserialize<BuiltImage>(File.ReadAllText(imageJson), Json)
                ?? throw new ContainerEngineException($"{imageJson}: empty; run ./build.sh Docker again.");
        }
        catch (Exception e) when (e is JsonException or FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ContainerEngineException($"{imageJson}: {(e is JsonException ? "not an image record" : "missing")}; run ./build.sh Docker first.", e);
        }
    }
}

/// <summary>One layer: the digest of its uncompressed content (the image's diff ID), its size, and the step that made it.</summary>
public sealed record ImageLayer(string DiffId, long Size, string CreatedBy);
