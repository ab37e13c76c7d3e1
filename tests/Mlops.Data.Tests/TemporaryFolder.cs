namespace Mlops.Data.Tests;

/// <summary>A fresh folder under the system temp directory, deleted with everything in it at the end of the test.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("mlops-data-").FullName;

    public string this[string relativePath] => System.IO.Path.Combine(Path, relativePath);

    /// <summary>Every file under <paramref name="relativeFolder"/> (default: the whole folder), relative to it, with '/'.</summary>
    public IReadOnlyList<string> Files(string relativeFolder = "")
    {
        var folder = System.IO.Path.Combine(Path, relativeFolder);
        return Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(f => System.IO.Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal)]
            : [];
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
