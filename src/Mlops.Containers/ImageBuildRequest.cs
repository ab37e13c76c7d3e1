namespace Mlops.Containers;

/// <summary>
/// What the serving image is built from: the Dockerfile, the published app, the model's files (paths relative to
/// the artifacts folder, which the image holds at /artifacts), the name (registry/repository) and tags, the labels,
/// the base image, and the one time every file in the image carries (the commit's, so builds of it agree).
/// </summary>
public sealed record ImageBuildRequest(
    string Dockerfile,
    string AppFolder,
    string ArtifactsFolder,
    IReadOnlyList<string> ModelFiles,
    string Name,
    IReadOnlyList<string> Tags,
    IReadOnlyDictionary<string, string> Labels,
    string BaseImage,
    DateTimeOffset Time)
{
    /// <summary>Build every step again instead of taking the engine's cache: a clean build, to compare with another.</summary>
    public bool NoCache { get; init; }
}
