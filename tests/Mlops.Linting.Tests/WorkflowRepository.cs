namespace Mlops.Linting.Tests;

/// <summary>A throw-away repository folder to put workflow files in.</summary>
internal sealed class WorkflowRepository : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("mlops-workflows-").FullName;

    /// <summary>Writes the workflow and returns its relative path, as it is passed to actionlint.</summary>
    public string Write(string relativePath, string yaml)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, yaml.Replace("\r\n", "\n", StringComparison.Ordinal));
        return relativePath;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
