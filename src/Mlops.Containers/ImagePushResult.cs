namespace Mlops.Containers;

/// <summary>What a push did: the manifest digest the registry confirmed for every name:tag pushed.</summary>
public sealed record ImagePushResult(string Digest, IReadOnlyList<string> References);
