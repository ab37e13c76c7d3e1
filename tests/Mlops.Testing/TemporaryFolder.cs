namespace Mlops.Testing;

/// <summary>A fresh folder under the system temp directory, deleted with everything in it at the end of the test.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("mlops-test-").FullName;

    public string this[string relativePath] => System.IO.Path.Combine(Path, relativePath);

    /// <summary>Writes a text file under the folder, creating its folders, and returns its full path.</summary>
    public string Write(string relativePath, string text)
    {
        var path = this[relativePath];
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Copies every file under <paramref name="sourceFolder"/> into <paramref name="relativeFolder"/> and returns its full path.</summary>
    public string CopyIn(string sourceFolder, string relativeFolder)
    {
        foreach (var file in Directory.EnumerateFiles(sourceFolder, "*", SearchOption.AllDirectories))
        {
            var target = this[System.IO.Path.Combine(relativeFolder, System.IO.Path.GetRelativePath(sourceFolder, file))];
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return this[relativeFolder];
    }

    /// <summary>
    /// Every file under <paramref name="relativeFolder"/> (default: the whole folder), relative to it, with '/', in
    /// ordinal order; none when that folder does not exist, so a test can assert nothing was made.
    /// </summary>
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
