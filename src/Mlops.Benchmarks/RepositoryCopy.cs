using Mlops.Processes;

namespace Mlops.Benchmarks;

/// <summary>A throw-away copy of a repository's working files (tracked, and new files git does not ignore) in a temp folder.</summary>
public sealed class RepositoryCopy
{
    private RepositoryCopy(string path) => Path = path;

    public string Path { get; }

    public static async Task<RepositoryCopy> CreateAsync(string repositoryRoot)
    {
        var files = await new ProcessRunner { Echo = false }
            .RunAsync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], repositoryRoot);
        files.EnsureSuccess();
        var target = Directory.CreateTempSubdirectory("mlops-copy-").FullName;
        foreach (var file in string.Concat(files.Output).Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            var source = System.IO.Path.Combine(repositoryRoot, file);
            if (!File.Exists(source))
            {
                continue; // deleted in the working tree but still tracked
            }

            var destination = System.IO.Path.Combine(target, file);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            File.Copy(source, destination);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(destination, File.GetUnixFileMode(source)); // keep build.sh executable
            }
        }

        return new RepositoryCopy(target);
    }

    public void Delete()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
