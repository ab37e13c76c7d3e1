namespace Mlops.Targets.GitHubActions;

/// <summary>
/// Every third-party action a generated workflow uses, pinned to a full commit (a tag can be moved; a commit cannot),
/// with its version written as a trailing comment. Keep in step with the project's shared actions-pins table.
/// </summary>
public static class ActionPins
{
    public static readonly PinnedAction Checkout = new("actions/checkout", "v7.0.1", "3d3c42e5aac5ba805825da76410c181273ba90b1");
    public static readonly PinnedAction SetupDotNet = new("actions/setup-dotnet", "v6.0.0", "a98b56852c35b8e3190ac28c8c2271da59106c68");
    public static readonly PinnedAction SetupNode = new("actions/setup-node", "v7.0.0", "820762786026740c76f36085b0efc47a31fe5020");
    public static readonly PinnedAction Cache = new("actions/cache", "v5.0.5", "27d5ce7f107fe9357f9df03efb73ab90386fccae");
    public static readonly PinnedAction UploadArtifact = new("actions/upload-artifact", "v7.0.0", "bbbca2ddaa5d8feaa63e36b76fdaad77386f024f");
    public static readonly PinnedAction DownloadArtifact = new("actions/download-artifact", "v8.0.1", "3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c");
    public static readonly PinnedAction GitHubScript = new("actions/github-script", "v8.0.0", "ed597411d8f924073f98dfc5c65a23a2325f34cd");
    public static readonly PinnedAction DockerLogin = new("docker/login-action", "v4.1.0", "4907a6ddec9925e35a0a9e82d7399ccc52663121");
    public static readonly PinnedAction DockerSetupBuildx = new("docker/setup-buildx-action", "v4.3.0", "37fe631027851001ddb9b187196cc803df7f5f0e");
    public static readonly PinnedAction DockerBuildPush = new("docker/build-push-action", "v7.3.0", "53b7df96c91f9c12dcc8a07bcb9ccacbed38856a");
    public static readonly PinnedAction DockerMetadata = new("docker/metadata-action", "v6.2.0", "dc802804100637a589fabce1cb79ff13a1411302");
    public static readonly PinnedAction Trivy = new("aquasecurity/trivy-action", "v0.36.0", "ed142fd0673e97e23eac54620cfb913e5ce36c25");

    public static IReadOnlyList<PinnedAction> All { get; } =
        [Checkout, SetupDotNet, SetupNode, Cache, UploadArtifact, DownloadArtifact, GitHubScript, DockerLogin, DockerSetupBuildx, DockerBuildPush, DockerMetadata, Trivy];
}

/// <summary>An action at one commit: <c>uses: owner/name@commit # version</c>.</summary>
public sealed record PinnedAction(string Name, string Version, string Commit)
{
    public string Uses => $"{Name}@{Commit}";
}
