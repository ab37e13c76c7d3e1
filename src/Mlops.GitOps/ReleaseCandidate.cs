using System.Globalization;

namespace Mlops.GitOps;

/// <summary>
/// A pushed image as a release of the model, read from the labels the Docker step gave it (model name, version,
/// sha256, data hashes, metrics, source commit) and the digest the registry confirmed — so what the registry records
/// is what the image says about itself.
/// </summary>
public static class ReleaseCandidate
{
    private const string MetricPrefix = "org.mlops.metrics.";

    public static ModelRelease FromImage(string repository, ImageDigest digest, IReadOnlyDictionary<string, string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        string Label(string key) => labels.TryGetValue(key, out var value) && value.Length > 0
            ? value
            : throw new GitOpsException($"the image {repository}@{digest} has no label {key}; build it with ./build.sh Docker.");

        var metrics = labels.Where(l => l.Key.StartsWith(MetricPrefix, StringComparison.Ordinal))
            .ToDictionary(l => l.Key[MetricPrefix.Length..], l => double.Parse(l.Value, CultureInfo.InvariantCulture), StringComparer.Ordinal);
        return new ModelRelease(0, Label("org.mlops.model.version"), Label("org.mlops.model.name"), Label("org.mlops.model.sha256"),
            Label("org.mlops.data.sha256").Split(','), metrics, $"{repository}@{digest}", Label("org.opencontainers.image.revision"),
            ModelStage.Staging, []);
    }
}
