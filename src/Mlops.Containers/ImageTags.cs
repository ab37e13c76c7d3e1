using System.Text.RegularExpressions;

namespace Mlops.Containers;

/// <summary>
/// The tags docker/metadata-action gives an image, so a registry holds the same names whichever tool built it:
/// <c>sha-</c> and the commit's first seven digits always; the branch (made a valid tag); <c>pr-N</c> on a pull
/// request; for a release tag vMAJOR.MINOR.PATCH the version, MAJOR.MINOR and <c>latest</c> (not for a pre-release).
/// </summary>
public static partial class ImageTags
{
    public static IReadOnlyList<string> For(SourceRevision revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        var tags = new List<string> { $"sha-{revision.Commit[..Math.Min(7, revision.Commit.Length)]}" };
        if (revision.Branch is { } branch)
        {
            tags.Add(Sanitised(branch));
        }

        if (revision.PullRequest is { } number)
        {
            tags.Add($"pr-{number}");
        }

        if (revision.Tag is { } tag && Semver().Match(tag) is { Success: true } version)
        {
            tags.Add(version.Value[1..]);
            if (!version.Groups["pre"].Success)
            {
                tags.Add($"{version.Groups["major"].Value}.{version.Groups["minor"].Value}");
                tags.Add("latest");
            }
        }
        else if (revision.Tag is { } other)
        {
            tags.Add(Sanitised(other));
        }

        return [.. tags.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>A tag is [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}: other characters (a branch's '/') become '-'.</summary>
    private static string Sanitised(string name)
    {
        var tag = Invalid().Replace(name, "-").TrimStart('.', '-');
        return tag.Length == 0 ? "unnamed" : tag[..Math.Min(128, tag.Length)];
    }

    [GeneratedRegex(@"^v(?<major>0|[1-9]\d*)\.(?<minor>0|[1-9]\d*)\.(0|[1-9]\d*)(?<pre>-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$")]
    private static partial Regex Semver();

    [GeneratedRegex("[^A-Za-z0-9_.-]")]
    private static partial Regex Invalid();
}
