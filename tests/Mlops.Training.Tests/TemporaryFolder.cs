namespace Mlops.Training.Tests;

/// <summary>A fresh folder under the system temp directory, deleted with everything in it at the end of the test.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("mlops-training-").FullName;

    public string this[string relativePath] => System.IO.Path.Combine(Path, relativePath);

    /// <summary>Writes a text file (creating its folders) and returns its full path.</summary>
    public string Write(string relativePath, string text)
    {
        var path = this[relativePath];
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Every file under the folder, relative, with '/'.</summary>
    public IReadOnlyList<string> Files() =>
        [.. Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(Path, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
