using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Mlops.Targets.GitHubActions.Internal.Yaml;

/// <summary>
/// Writes block-style YAML with two-space indentation through YamlDotNet's emitter. Scalars are plain when YAML would
/// read them back as the same string, single-quoted otherwise, and a literal block (<c>|</c>) when they span lines.
/// </summary>
internal static partial class YamlWriter
{
    private static readonly EmitterSettings Settings = EmitterSettings.Default.WithIndentedSequences();

    public static string Write(YamlMap document, IEnumerable<string> headerComments)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var emitter = new Emitter(text, Settings);
        emitter.Emit(new StreamStart());
        foreach (var line in headerComments)
        {
            emitter.Emit(new Comment(line, isInline: false));
        }

        emitter.Emit(new DocumentStart());
        EmitNode(emitter, document);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return text.ToString();
    }

    private static void EmitNode(Emitter emitter, YamlNode node)
    {
        switch (node)
        {
            case YamlScalar scalar:
                emitter.Emit(new Scalar(null, null, scalar.Value, StyleOf(scalar), isPlainImplicit: true, isQuotedImplicit: true));
                if (scalar.Comment is not null && !IsMultiline(scalar.Value))
                {
                    emitter.Emit(new Comment(scalar.Comment, isInline: true));
                }

                break;
            case YamlMap map:
                emitter.Emit(new MappingStart(null, null, isImplicit: true, map.Count == 0 ? MappingStyle.Flow : MappingStyle.Block));
                foreach (var (key, value) in map)
                {
                    emitter.Emit(new Scalar(null, null, key, ScalarStyle.ForcePlain, isPlainImplicit: true, isQuotedImplicit: false));
                    EmitNode(emitter, value);
                }

                emitter.Emit(new MappingEnd());
                break;
            case YamlSequence sequence:
                emitter.Emit(new SequenceStart(null, null, isImplicit: true, sequence.Count == 0 ? SequenceStyle.Flow : SequenceStyle.Block));
                foreach (var item in sequence)
                {
                    EmitNode(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
        }
    }

    /// <summary>
    /// Whether a plain scalar would read back as a string is ours to say: the emitter only knows when plain is
    /// impossible in the syntax, not that <c>true</c> or <c>30</c> would read back as a boolean or a number (that is
    /// YamlDotNet's serializer's business, and it double-quotes). So a plain scalar is forced plain.
    /// </summary>
    private static ScalarStyle StyleOf(YamlScalar scalar) =>
        IsMultiline(scalar.Value) ? ScalarStyle.Literal
        : scalar.Verbatim || !NeedsQuotes(scalar.Value) ? ScalarStyle.ForcePlain
        : ScalarStyle.SingleQuoted;

    private static bool IsMultiline(string value) => value.Contains('\n', StringComparison.Ordinal);

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
