using System.Text;
using System.Text.RegularExpressions;

namespace Mlops.Targets.GitHubActions.Internal.Yaml;

/// <summary>
/// Writes block-style YAML with two-space indentation. Scalars are plain when YAML would read them back as the same
/// string, single-quoted otherwise, and a literal block (<c>|</c>) when they span lines.
/// </summary>
internal static partial class YamlWriter
{
    public static string Write(YamlMap document, IEnumerable<string> headerComments)
    {
        var text = new StringBuilder();
        foreach (var line in headerComments)
        {
            text.AppendLine(line.Length == 0 ? "#" : "# " + line);
        }

        WriteMap(text, document, 0);
        return text.ToString();
    }

    private static void WriteMap(StringBuilder text, YamlMap map, int indent)
    {
        foreach (var (key, value) in map)
        {
            text.Append(' ', indent).Append(key).Append(':');
            WriteValue(text, value, indent);
        }
    }

    private static void WriteValue(StringBuilder text, YamlNode value, int indent)
    {
        switch (value)
        {
            case YamlScalar scalar:
                WriteScalar(text, scalar, indent);
                break;
            case YamlMap { Count: 0 }:
                text.AppendLine(" {}");
                break;
            case YamlMap map:
                text.AppendLine();
                WriteMap(text, map, indent + 2);
                break;
            case YamlSequence { Count: 0 }:
                text.AppendLine(" []");
                break;
            case YamlSequence sequence:
                text.AppendLine();
                WriteSequence(text, sequence, indent + 2);
                break;
        }
    }

    private static void WriteSequence(StringBuilder text, YamlSequence sequence, int indent)
    {
        foreach (var item in sequence)
        {
            text.Append(' ', indent).Append('-');
            if (item is YamlMap { Count: > 0 } map)
            {
                // The first key shares the dash's line; the rest line up under it.
                var first = true;
                foreach (var (key, value) in map)
                {
                    text.Append(' ', first ? 1 : indent + 2).Append(key).Append(':');
                    WriteValue(text, value, indent + 2);
                    first = false;
                }
            }
            else
            {
                WriteValue(text, item, indent);
            }
        }
    }

    private static void WriteScalar(StringBuilder text, YamlScalar scalar, int indent)
    {
        if (scalar.Value.Contains('\n', StringComparison.Ordinal))
        {
            text.AppendLine(" |");
            foreach (var line in scalar.Value.TrimEnd('\n').Split('\n'))
            {
                text.Append(' ', line.Length == 0 ? 0 : indent + 2).AppendLine(line);
            }

            return;
        }

        text.Append(' ').Append(scalar.Verbatim ? scalar.Value : Quote(scalar.Value));
        if (scalar.Comment is not null)
        {
            text.Append(" # ").Append(scalar.Comment);
        }

        text.AppendLine();
    }

    public static string Quote(string value) =>
        NeedsQuotes(value) ? $"'{value.Replace("'", "''", StringComparison.Ordinal)}'" : value;

    private static bool NeedsQuotes(string value) =>
        value.Length == 0 ||
        "-?:,[]{}#&*!|>'\"%@` ".Contains(value[0], StringComparison.Ordinal) ||
        value.EndsWith(' ') ||
        value.Contains(": ", StringComparison.Ordinal) || value.EndsWith(':') ||
        value.Contains(" #", StringComparison.Ordinal) || value.Contains('\t', StringComparison.Ordinal) ||
        ReadsAsOtherType().IsMatch(value);

    /// <summary>Words and numbers a YAML reader would not give back as strings (YAML 1.1 booleans included).</summary>
    [GeneratedRegex(@"^(true|false|yes|no|on|off|y|n|null|~|[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$", RegexOptions.IgnoreCase)]
    private static partial Regex ReadsAsOtherType();
}
