using Mlops.Linting;
using Mlops.Targets;
using Serilog;

namespace Mlops.Build;

internal sealed partial class Build
{
    /// <summary>
    /// Analyzer warnings already fail Compile. Lint adds formatting and code style, checks that the committed workflows
    /// are exactly what the build generates (on CI, where nothing regenerates them), and runs actionlint on them.
    /// Cached while none of its inputs change.
    /// </summary>
    private Target Lint => _ => _
        .Description("Formatting and code style; committed workflows current and clean under actionlint")
        .DependsOn(Compile)
        .Inputs("**/*.cs", "**/*.csproj", ".editorconfig", "Directory.Build.props", "Directory.Packages.props", "global.json",
            ".github/workflows/*.yml", ".github/workflows/*.yaml")
        .Executes(async () =>
        {
            // Quickest first: a stale workflow is found in a moment, formatting takes the longest.
            CheckWorkflowsAreCurrent();
            var lint = await new ActionLint(TemporaryDirectory / "tools").CheckFolderAsync(RootDirectory, RootDirectory / ".github" / "workflows");
            foreach (var finding in lint.Findings)
            {
                Log.Error("actionlint: {Finding}", finding.ToString());
            }

            lint.EnsureClean();
            Log.Information("actionlint: {Count} workflow file(s), no findings", lint.Files.Count);
            await DotNet.VerifyFormatAsync(Solution);
        });

    private void CheckWorkflowsAreCurrent()
    {
        var drift = GitHubActions.FindDrift();
        foreach (var file in drift)
        {
            Log.Error("{Path} is not what the build generates; the change that would make it so:\n{Diff}", file.RelativePath, file.Diff.TrimEnd());
        }

        if (drift.Count > 0)
        {
            throw new InvalidOperationException(
                $"{string.Join(", ", drift.Select(d => d.RelativePath))} differ(s) from what the build generates: run ./build.sh --generate-ci and commit the result.");
        }

        Log.Information("Committed workflows are what the build generates");
    }
}
