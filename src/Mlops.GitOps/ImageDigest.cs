using System.Text.RegularExpressions;

namespace Mlops.GitOps;

/// <summary>An image's manifest digest, <c>sha256:</c> and 64 lowercase hex digits: what an overlay pins an image by.</summary>
public sealed partial record ImageDigest
{
    private ImageDigest(string value) => Value = value;

    public string Value { get; }

    /// <summary>The digest in <paramref name="text"/>, or an error naming <paramref name="what"/> and what a digest looks like.</summary>
    public static ImageDigest Parse(string? text, string what) => text is not null && Shape().IsMatch(text)
        ? new ImageDigest(text)
        : throw new GitOpsException($"{what}: '{text}' is not an image digest (sha256: and 64 lowercase hex digits).");

    public override string ToString() => Value;

    [GeneratedRegex("^sha256:[0-9a-f]{64}$")]
    private static partial Regex Shape();
}
