namespace Mlops.Effects.Tests;

/// <summary>A fresh folder under the system temp directory, deleted with everything in it at the end of the test.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("mlops-effects-").FullName;

    public string this[string relativePath] => System.IO.Path.Combine(Path, relativePath);

    /// <summary>Every file under the folder, relative, with '/'.</summary>
    public IReadOnlyList<string> Files() =>
        [.. Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(Path, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
