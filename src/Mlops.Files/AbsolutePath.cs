namespace Mlops.Files;

/// <summary>A full path that composes with <c>/</c>: <c>RootDirectory / "artifacts" / "model"</c>.</summary>
public sealed class AbsolutePath : IEquatable<AbsolutePath>
{
    private AbsolutePath(string value) => Value = value;

    public string Value { get; }

    public string Name => Path.GetFileName(Value);

    public AbsolutePath? Parent => Path.GetDirectoryName(Value) is { } parent ? new AbsolutePath(parent) : null;

    public bool Exists => File.Exists(Value) || Directory.Exists(Value);

    public static AbsolutePath Create(string path, string? baseDirectory = null) =>
        new(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path, baseDirectory ?? Directory.GetCurrentDirectory())));

    public static AbsolutePath operator /(AbsolutePath left, string right)
    {
        ArgumentNullException.ThrowIfNull(left);
        return Create(Path.Combine(left.Value, right));
    }

    public static implicit operator string(AbsolutePath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.Value;
    }

    /// <summary>The path relative to <paramref name="directory"/>, with forward slashes (as written in repos and CI files).</summary>
    public string RelativeTo(AbsolutePath directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return Path.GetRelativePath(directory.Value, Value).Replace('\\', '/');
    }

    public bool Equals(AbsolutePath? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as AbsolutePath);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    public override string ToString() => Value;

    public AbsolutePath Divide(string right) => this / right;
}
