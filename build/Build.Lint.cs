using Mlops.Targets;

namespace Mlops.Build;

internal sealed partial class Build
{
    /// <summary>Analyzer warnings already fail Compile; Lint adds formatting and code style, cached while no source changes.</summary>
    private Target Lint => _ => _
        .Description("Check formatting and code style (dotnet format --verify-no-changes) on top of a warning-free compile")
        .DependsOn(Compile)
        .Inputs("**/*.cs", "**/*.csproj", ".editorconfig", "Directory.Build.props", "Directory.Packages.props", "global.json")
        .Executes(() => DotNet.VerifyFormatAsync(Solution));
}
