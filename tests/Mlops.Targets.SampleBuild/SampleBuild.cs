using System.Text.Json;
using Mlops.Targets.GitHubActions;
using Mlops.Targets.Simulation;

namespace Mlops.Targets.SampleBuild;

/// <summary>
/// A pipeline in miniature: count the numbers in data/numbers.txt, sum them, report, release on a push to main.
/// Each target leaves evidence of where it ran, so a simulation can prove job order, clean clones and artifacts.
/// </summary>
[GitHubWorkflow("ci", On = [GitHubTrigger.PullRequest, GitHubTrigger.Push], PushBranches = ["main"], PullRequestBranches = ["main"],
    InvokedTargets = [nameof(Release)], ImportSecrets = [nameof(ReleaseToken)], ImportVariables = [nameof(ReportFor)])]
[GitHubWorkflow("promote", On = [GitHubTrigger.WorkflowDispatch], InvokedTargets = [nameof(Promote)], Inputs = [nameof(Stage)], CancelInProgress = false)]
internal sealed class SampleBuild : MlopsBuild
{
    public static int Main() => Execute<SampleBuild>(x => x.Report);

    [Parameter("Stage to promote to")]
    private readonly Stage _stage = Stage.Staging;

    [Parameter("Token the release uses")]
    [Secret]
    private readonly string? _releaseToken = null;

    [Parameter("Whom the report is for (on CI: the repository variable REPORT_FOR; else .nuke/parameters.json)")]
    private readonly string _reportFor = "";

    private string? ReleaseToken => _releaseToken;

    private string ReportFor => _reportFor;

    protected override IEnumerable<IBuildExtension> Extensions => [new GitHubActionsIntegration(), new WorkflowSimulator(ReleaseShelf())];

    /// <summary>
    /// What the release would find on a real runner, stood in for in a simulation: a shelf to put it on, made when the
    /// release job starts and removed when the simulation ends.
    /// </summary>
    private static RunnerStandIn ReleaseShelf()
    {
        string? shelf = null;
        return new RunnerStandIn("a release shelf in a temporary folder", [nameof(Release)],
            () =>
            {
                shelf = Directory.CreateTempSubdirectory("mlops-sample-shelf-").FullName;
                return Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string> { ["RELEASE_SHELF"] = shelf });
            },
            () => Directory.Delete(shelf!, recursive: true));
    }

    private Target Prepare => _ => _
        .RunsInDependentJobs()
        .Executes(() => Directory.CreateDirectory(ArtifactsDirectory));

    private Target Count => _ => _
        .DependsOn(Prepare)
        .Produces("artifacts/data")
        .Executes(() =>
        {
            var numbers = File.ReadAllLines(RootDirectory / "data" / "numbers.txt").Where(l => l.Length > 0).ToList();
            Directory.CreateDirectory(ArtifactsDirectory / "data");
            File.WriteAllText(ArtifactsDirectory / "data" / "count.json", JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["count"] = numbers.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["job"] = Variable("GITHUB_JOB"),
                ["workspace"] = RootDirectory,
            }));
            // Not an artifact: a later job must not see it, since each job starts from a clean clone.
            File.WriteAllText(RootDirectory / "scratch.txt", "left behind by Count");
        });

    private Target Sum => _ => _
        .DependsOn(Count)
        .Consumes(Count)
        .Produces("artifacts/model/sum.txt")
        .Executes(() =>
        {
            if (Variable("SAMPLE_FAIL_SUM") == "1")
            {
                throw new InvalidOperationException("the sum was asked to fail");
            }

            var counted = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(ArtifactsDirectory / "data" / "count.json"))!;
            var sum = File.ReadAllLines(RootDirectory / "data" / "numbers.txt").Where(l => l.Length > 0).Sum(int.Parse);
            Directory.CreateDirectory(ArtifactsDirectory / "model");
            File.WriteAllText(ArtifactsDirectory / "model" / "sum.txt",
                $"sum {sum} of {counted["count"]} numbers; counted in job {counted["job"]}, summed in job {Variable("GITHUB_JOB")}; " +
                $"same workspace: {(counted["workspace"] == RootDirectory ? "yes" : "no")}; scratch from Count: {(File.Exists(RootDirectory / "scratch.txt") ? "present" : "absent")}");
        });

    private Target Report => _ => _
        .DependsOn(Sum)
        .Consumes(Sum)
        .Requires(() => ReportFor)
        .Produces("artifacts/reports")
        .Executes(() =>
        {
            var line = $"report: {File.ReadAllText(ArtifactsDirectory / "model" / "sum.txt")}; event {Variable("GITHUB_EVENT_NAME")} on {Variable("GITHUB_REF")}; for {ReportFor}";
            Directory.CreateDirectory(ArtifactsDirectory / "reports");
            File.WriteAllText(ArtifactsDirectory / "reports" / "report.md", line);
            ReportOutcome(line);
        });

    private Target Release => _ => _
        .DependsOn(Report)
        .Consumes(Report)
        .Requires(() => ReleaseToken)
        .OnlyWhenStatic(GitHubCondition.PushTo("main"))
        .Executes(() => ReportOutcome($"released {File.ReadAllText(ArtifactsDirectory / "reports" / "report.md").Length} bytes of report with token {ReleaseToken}; " +
            $"shelf: {(Variable("RELEASE_SHELF") is { Length: > 0 } shelf && Directory.Exists(shelf) ? "present" : "absent")}"));

    private Target Promote => _ => _
        .Executes(() => ReportOutcome($"promoted to {_stage}"));

    private string Variable(string name) => Host.Variable(name) ?? "";
}

internal enum Stage
{
    Staging,
    Production,
}
