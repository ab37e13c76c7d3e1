using Mlops.Files;
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
            FileTree.DeleteContents(ArtifactsDirectory, "logs");
            FileTree.DeleteInEachChild([RootDirectory / "src", RootDirectory / "tests"], "bin", "obj");
        });
}
