using Mlops.Files;
using Mlops.Targets;
using Serilog;

namespace Mlops.Build;

internal sealed partial class Build
{
    private AbsolutePath TestResults => ArtifactsDirectory / "tests";

    private Target Test => _ => _
        .Description("Run every test project; TRX results and Cobertura coverage under artifacts/tests")
        .DependsOn(Compile, Lint)
        .Produces(TestResults)
        .Executes(async () =>
        {
            var summary = await DotNet.TestAsync(Solution, _configuration.ToString(), TestResults);
            if (summary.LineCoverage is { } coverage)
            {
                Log.Information("Line coverage {Coverage:P1} across {Reports} report(s) in {Folder}", coverage, summary.CoverageFiles.Count, TestResults.RelativeTo(RootDirectory));
            }

            foreach (var test in summary.FailedTests)
            {
                Log.Error("Failed: {Test}", test);
            }

            ReportOutcome(summary.Line);
            summary.EnsureSuccess();
        });
}
