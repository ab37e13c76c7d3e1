using System.Text.Json.Serialization;

namespace Mlops.GitOps;

/// <summary>
/// One release of the model in the registry: a number of its own (what tags and rollbacks name), the model inside
/// (version, candidate, sha256, the data it was trained on, its metrics on the test split), the image that serves it,
/// by digest, the commit it was built from, its stage now and every stage it went through.
/// </summary>
public sealed record ModelRelease(
    int Version,
    string ModelVersion,
    string Candidate,
    string ModelSha256,
    IReadOnlyList<string> DataSha256,
    IReadOnlyDictionary<string, double> Metrics,
    string Image,
    string SourceCommit,
    ModelStage Stage,
    IReadOnlyList<StageChange> History)
{
    /// <summary>The image's digest (the part after '@').</summary>
    [JsonIgnore]
    public ImageDigest Digest => ImageDigest.Parse(Image[(Image.LastIndexOf('@') + 1)..], $"release {Version}: image");

    /// <summary>The image's repository (the part before '@').</summary>
    [JsonIgnore]
    public string Repository => Image[..Image.LastIndexOf('@')];

    /// <summary>This release moved to <paramref name="stage"/> at <paramref name="at"/>.</summary>
    public ModelRelease MovedTo(ModelStage stage, DateTimeOffset at, string? note = null) =>
        this with { Stage = stage, History = [.. History, new StageChange(stage, at, note)] };
}
