namespace Mlops.GitOps.Tests;

/// <summary>Release candidates as the Docker step's labels describe them.</summary>
internal static class Releases
{
    public static readonly DateTimeOffset Monday = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A candidate built from a commit of its own unless <paramref name="commit"/> says otherwise.</summary>
    public static ModelRelease Candidate(string digest, string modelVersion = "3f2a9c1b0d4e", string? commit = null) =>
        ReleaseCandidate.FromImage("ghcr.io/example-org/mlops", ImageDigest.Parse(digest, "test"), new Dictionary<string, string>
        {
            ["org.mlops.model.name"] = "lightgbm",
            ["org.mlops.model.version"] = modelVersion,
            ["org.mlops.model.sha256"] = modelVersion + new string('a', 52),
            ["org.mlops.data.sha256"] = "f9d72da971b55eb91cd3a535e1ef6f3258829af330480cc510781087b753be7f,1ba1f37333b8575b99ed0cdf5345ece3162e8c0feb3f1ac7c801a693d5edaff1",
            ["org.mlops.metrics.accuracy"] = "0.8761",
            ["org.mlops.metrics.auc"] = "0.9291",
            ["org.opencontainers.image.revision"] = commit ?? digest["sha256:".Length..][..40],
        });
}
