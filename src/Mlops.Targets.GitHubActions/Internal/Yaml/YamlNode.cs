using System.Collections;

namespace Mlops.Targets.GitHubActions.Internal.Yaml;

/// <summary>The little YAML a workflow needs: ordered maps, sequences and scalars (a scalar may carry a trailing comment).</summary>
internal abstract class YamlNode
{
    public static implicit operator YamlNode(string value) => new YamlScalar(value);
}

internal sealed class YamlScalar(string value, string? comment = null, bool verbatim = false) : YamlNode
{
    public string Value { get; } = value;

    /// <summary>Written as is, never quoted: for real booleans and numbers (<c>timeout-minutes: 30</c>).</summary>
    public bool Verbatim { get; } = verbatim;

    public static YamlScalar Of(bool value) => new(value ? "true" : "false", verbatim: true);

    public static YamlScalar Of(int value) => new(value.ToString(System.Globalization.CultureInfo.InvariantCulture), verbatim: true);

    /// <summary>Written after the value: <c>uses: actions/checkout@3d3c… # v7.0.1</c>.</summary>
    public string? Comment { get; } = comment;
}

/// <summary>Keys keep the order they were added in, so generated files are stable and read top-down.</summary>
internal sealed class YamlMap : YamlNode, IEnumerable<KeyValuePair<string, YamlNode>>
{
    private readonly List<KeyValuePair<string, YamlNode>> _entries = [];

    public int Count => _entries.Count;

    /// <summary>Adds an entry; a null value leaves the key out, so optional parts read as one initializer.</summary>
    public void Add(string key, YamlNode? value)
    {
        if (value is not null)
        {
            _entries.Add(new(key, value));
        }
    }

    public IEnumerator<KeyValuePair<string, YamlNode>> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

internal sealed class YamlSequence : YamlNode, IEnumerable<YamlNode>
{
    private readonly List<YamlNode> _items = [];

    public YamlSequence()
    {
    }

    public YamlSequence(IEnumerable<YamlNode> items) => _items.AddRange(items);

    public int Count => _items.Count;

    public void Add(YamlNode item) => _items.Add(item);

    public IEnumerator<YamlNode> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
