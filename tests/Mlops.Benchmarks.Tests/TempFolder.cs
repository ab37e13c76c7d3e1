namespace Mlops.Benchmarks.Tests;

/// <summary>A throw-away folder for one test, deleted with everything in it.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("mlops-bench-test-").FullName;

    public string this[string relativePath] => System.IO.Path.Combine(Path, relativePath);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
