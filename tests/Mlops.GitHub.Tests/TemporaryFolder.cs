namespace Mlops.GitHub.Tests;

/// <summary>A fresh folder under the system temp directory, deleted with everything in it at the end of the test.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("mlops-github-").FullName;

    public string this[string relativePath] => System.IO.Path.Combine(Path, relativePath);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
