namespace Mlops.Targets.GitHubActions.Internal;

/// <summary>
/// Every third-party action a generated workflow uses, pinned to a full commit (a tag can be moved; a commit cannot),
/// with its version written as a trailing comment. Keep in step with the project's shared actions-pins table.
/// </summary>
internal static class ActionPins
{
    public static readonly PinnedAction Checkout = new("actions/checkout", "v7.0.1", "3d3c42e5aac5ba805825da76410c181273ba90b1");
    public static readonly PinnedAction SetupDotNet = new("actions/setup-dotnet", "v6.0.0", "a98b56852c35b8e3190ac28c8c2271da59106c68");
    public static readonly PinnedAction Cache = new("actions/cache", "v5.0.5", "27d5ce7f107fe9357f9df03efb73ab90386fccae");
    public static readonly PinnedAction UploadArtifact = new("actions/upload-artifact", "v7.0.0", "bbbca2ddaa5d8feaa63e36b76fdaad77386f024f");
    public static readonly PinnedAction DownloadArtifact = new("actions/download-artifact", "v8.0.1", "3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c");
}

/// <summary>An action at one commit: <c>uses: owner/name@commit # version</c>.</summary>
internal sealed record PinnedAction(string Name, string Version, string Commit)
{
    public string Uses => $"{Name}@{Commit}";
}
