using Mlops.Targets;
using Mlops.Targets.GitHubActions;

namespace Mlops.Build;

internal sealed partial class Build
{
    private Target Restore => _ => _
        .Description("Restore the NuGet packages of every project")
        .RunsInDependentJobs()
        .Executes(() => DotNet.RestoreAsync(Solution));

    private Target Compile => _ => _
        .Description("Compile every project; compiler and analyzer warnings are errors")
        .DependsOn(Restore)
        .RunsInDependentJobs()
        .Executes(() => DotNet.BuildAsync(Solution, _configuration.ToString()));

    private Target Clean => _ => _
        .Description("Delete artifacts/ (but the running build's log) and the bin/ and obj/ folders of src/ and tests/")
        .Before(Restore)
        .Executes(() =>
        {
            foreach (var entry in Directory.Exists(ArtifactsDirectory) ? Directory.EnumerateFileSystemEntries(ArtifactsDirectory) : [])
            {
                if (Path.GetFileName(entry) != "logs")
                {
                    Delete(entry);
                }
            }

            foreach (var folder in BuildOutputFolders("src").Concat(BuildOutputFolders("tests")))
            {
                Delete(folder);
            }
        });

    private IEnumerable<string> BuildOutputFolders(string top) =>
        Directory.Exists(RootDirectory / top)
            ? Directory.EnumerateDirectories(RootDirectory / top).SelectMany(project => new[] { Path.Combine(project, "bin"), Path.Combine(project, "obj") })
            : [];

    private static void Delete(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
        else if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
