using System.Globalization;

namespace Mlops.Containers;

/// <summary>
/// The OCI annotations an image carries (org.opencontainers.image.*), with <c>created</c> the commit's time rather
/// than the clock's, so every build of a commit is labelled alike, plus whatever else the caller adds (the model's).
/// </summary>
public static class ImageLabels
{
    public static IReadOnlyDictionary<string, string> For(SourceRevision revision, string title, string licenses, IReadOnlyDictionary<string, string> more)
    {
        ArgumentNullException.ThrowIfNull(revision);
        ArgumentNullException.ThrowIfNull(more);
        var tags = ImageTags.For(revision);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["org.opencontainers.image.title"] = title,
            ["org.opencontainers.image.revision"] = revision.Commit,
            ["org.opencontainers.image.created"] = revision.CommitTime.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            // As docker/metadata-action: the release's version, else the branch or pull request, else the commit.
            ["org.opencontainers.image.version"] = tags.Count > 1 ? tags[^1] == "latest" ? tags[1] : tags[^1] : tags[0],
            ["org.opencontainers.image.licenses"] = licenses,
        };
        if (revision.SourceUrl is { } source)
        {
            labels["org.opencontainers.image.source"] = source;
        }

        foreach (var (key, value) in more)
        {
            labels[key] = value;
        }

        return labels;
    }
}
