namespace Mlops.GitOps;

/// <summary>An overlay's image: the placeholder name the base uses, the repository it becomes, the digest it is pinned by (null: none yet).</summary>
public sealed record OverlayImage(string Name, string NewName, ImageDigest? Digest)
{
    /// <summary>"registry/owner/name@sha256:…", or the name alone while it has no digest.</summary>
    public string Reference => Digest is null ? NewName : $"{NewName}@{Digest}";
}
