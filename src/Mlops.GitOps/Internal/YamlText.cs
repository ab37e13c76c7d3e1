using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Mlops.GitOps.Internal;

/// <summary>
/// A YAML file edited as text: values are found through the parsed document, then only the characters of that one
/// scalar are replaced, in the quoting style it was written in. Comments, key order, indentation and every other
/// document stay byte for byte.
/// </summary>
internal sealed class YamlText
{
    private readonly string _text;
    private readonly int[] _lineStarts;

    public YamlText(string path, string text)
    {
        Path = path;
        _text = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new GitOpsException($"{path}: line {e.Start.Line}: not valid YAML ({e.Message})", e);
        }

        Root = stream.Documents.FirstOrDefault()?.RootNode as YamlMappingNode
            ?? throw new GitOpsException($"{path}: not a YAML mapping (a kustomization is one)");
    }

    public string Path { get; }

    public YamlMappingNode Root { get; }

    /// <summary>The text with each scalar's value replaced, each quoted as it was.</summary>
    public string Replace(params IEnumerable<(YamlScalarNode Scalar, string Value)> edits)
    {
        var text = _text;
        // From the end of the file backwards, so each earlier scalar's offsets still hold.
        foreach (var (scalar, value) in edits.OrderByDescending(e => Offset(e.Scalar.Start)))
        {
            var start = Offset(scalar.Start);
            text = string.Concat(text.AsSpan(0, start), Written(scalar, value), text.AsSpan(Offset(scalar.End)));
        }

        return text;
    }

    private string Written(YamlScalarNode scalar, string value) => scalar.Style switch
    {
        ScalarStyle.DoubleQuoted => $"\"{value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"",
        ScalarStyle.SingleQuoted => $"'{value.Replace("'", "''", StringComparison.Ordinal)}'",
        ScalarStyle.Plain when IsPlainSafe(value) => value,
        ScalarStyle.Plain => $"\"{value}\"",
        _ => throw new GitOpsException($"{Path}: line {scalar.Start.Line}: a {scalar.Style} scalar cannot be edited in place; write it on one line"),
    };

    /// <summary>The scalar under <paramref name="key"/> in <paramref name="mapping"/>, or null.</summary>
    public static YamlScalarNode? Scalar(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node as YamlScalarNode : null;

    private int Offset(Mark mark) => _lineStarts[(int)mark.Line - 1] + (int)mark.Column - 1;

    /// <summary>Values the tools write (digests, image names, versions) need no quotes unless YAML would read them as something else.</summary>
    private static bool IsPlainSafe(string value) =>
        value.Length > 0 && !value.Contains(": ", StringComparison.Ordinal) && !value.Contains(" #", StringComparison.Ordinal)
        && !"!&*-?{}[],#|>@`\"'%".Contains(value[0], StringComparison.Ordinal) && value.Trim() == value
        && !double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out _)
        && value is not ("true" or "false" or "null" or "~" or "yes" or "no" or "on" or "off");
}
