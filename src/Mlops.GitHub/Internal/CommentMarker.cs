using System.Text.RegularExpressions;

namespace Mlops.GitHub.Internal;

/// <summary>The invisible first line that ties a comment to its marker, so the next run finds it again.</summary>
internal static partial class CommentMarker
{
    /// <summary>The HTML comment GitHub renders as nothing, e.g. <c>&lt;!-- mlops:evaluation --&gt;</c>.</summary>
    public static string Line(string marker) => $"<!-- mlops:{Checked(marker)} -->";

    /// <summary>The comment's whole body: the marker line, then <paramref name="body"/>.</summary>
    public static string Body(string marker, string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Line(marker) + "\n" + body;
    }

    /// <summary>Whether <paramref name="body"/> is a comment of this marker: the marker line is its first line.</summary>
    public static bool Opens(string? body, string marker)
    {
        var line = Line(marker);
        return body is not null && body.StartsWith(line, StringComparison.Ordinal) &&
            (body.Length == line.Length || body[line.Length] is '\n' or '\r');
    }

    // No spaces, '>' or "--": any of them could end the HTML comment early or let one marker match inside another.
    private static string Checked(string marker) =>
        marker is not null && Allowed().IsMatch(marker)
            ? marker
            : throw new ArgumentException(
                $"The comment marker '{marker}' is not letters and digits, with single '.', '_', '/' or '-' between them.", nameof(marker));

    [GeneratedRegex("^[A-Za-z0-9]+(?:[._/-][A-Za-z0-9]+)*$")]
    private static partial Regex Allowed();
}
