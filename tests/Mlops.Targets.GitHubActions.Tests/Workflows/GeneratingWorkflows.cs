using System.Text.RegularExpressions;
using static Mlops.Targets.GitHubActions.Tests.Workflows.WorkflowYaml;

namespace Mlops.Targets.GitHubActions.Tests.Workflows;

public sealed partial class GeneratingWorkflows : IDisposable
{
    private readonly BuildRun _run = new();

    private WorkflowYaml Generated(string name)
    {
        _run.Run(new DeliveryBuild(), "--generate-ci");
        Assert.True(_run.ExitCode == 0, _run.AllText);
        return Parse(File.ReadAllText(_run.Root / ".github" / "workflows" / $"{name}.yml"));
    }

    [Fact]
    public void Each_target_gets_a_job_except_those_running_inside_their_dependents_jobs()
    {
        var ci = Generated("ci");

        Assert.Equal(["lint", "validate-data", "train", "evaluate", "push"], ci.Jobs.Children.Keys.Select(k => k.ToString()));
        Assert.Equal("./build.sh Restore Compile ValidateData --skip", Scalar(Step(ci.Job("validate-data"), "ValidateData"), "run"));
        Assert.Equal("./build.sh Train --skip", Scalar(Step(ci.Job("train"), "Train"), "run"));
    }

    [Fact]
    public void Needs_follow_the_target_graph_so_independent_jobs_run_in_parallel()
    {
        var ci = Generated("ci");

        Assert.False(Has(ci.Job("lint"), "needs"));
        Assert.False(Has(ci.Job("validate-data"), "needs"));
        Assert.Equal(["validate-data"], Strings(ci.Job("train"), "needs"));
        Assert.Equal(["train"], Strings(ci.Job("evaluate"), "needs"));
        Assert.Equal(["evaluate"], Strings(ci.Job("push"), "needs"));
    }

    [Fact]
    public void Produces_become_uploads_and_Consumes_become_downloads_to_the_same_place()
    {
        var ci = Generated("ci");

        var upload = Step(ci.Job("validate-data"), "Upload validate-data-artifacts-data");
        Assert.Equal("artifacts/data", Scalar(upload, "with", "path"));
        Assert.Equal("error", Scalar(upload, "with", "if-no-files-found"));
        var download = Step(ci.Job("train"), "Download validate-data-artifacts-data");
        Assert.Equal("artifacts/data", Scalar(download, "with", "path"));
        Assert.Equal("validate-data-artifacts-data", Scalar(download, "with", "name"));
        Assert.Equal("artifacts/model", Scalar(Step(ci.Job("push"), "Download train-artifacts-model"), "with", "path"));
        Assert.Equal("artifacts/reports/evaluation.md", Scalar(Step(ci.Job("evaluate"), "Upload evaluate-artifacts-reports-evaluation.md"), "with", "path"));
        var stepNames = Steps(ci.Job("train")).Select(s => Scalar(s, "name")).ToList();
        Assert.True(stepNames.IndexOf("Download validate-data-artifacts-data") < stepNames.IndexOf("Train"));
        Assert.True(stepNames.IndexOf("Train") < stepNames.IndexOf("Upload train-artifacts-model"));
    }

    [Fact]
    public void Each_job_gets_least_privilege_permissions_declared_next_to_its_target()
    {
        var ci = Generated("ci");
        var promote = Generated("promote");

        Assert.Equal("read", Scalar(ci.Root, "permissions", "contents"));
        Assert.Single(Map(ci.Job("train"), "permissions").Children);
        Assert.Equal("read", Scalar(ci.Job("train"), "permissions", "contents"));
        Assert.Equal("write", Scalar(ci.Job("push"), "permissions", "packages"));
        Assert.Equal("write", Scalar(promote.Job("promote"), "permissions", "contents"));
        Assert.Equal("write", Scalar(promote.Job("promote"), "permissions", "pull-requests"));
    }

    [Fact]
    public void Checkout_keeps_no_credentials_except_in_jobs_that_push_to_git()
    {
        Assert.Equal("false", Scalar(Step(Generated("ci").Job("push"), "Check out"), "with", "persist-credentials"));
        Assert.Equal("true", Scalar(Step(Generated("promote").Job("promote"), "Check out"), "with", "persist-credentials"));
    }

    [Fact]
    public void Every_action_is_pinned_to_a_full_commit_with_its_version_as_a_comment()
    {
        var text = Generated("ci").Text + Generated("promote").Text;

        var uses = text.Split('\n').Where(l => l.TrimStart().StartsWith("uses:", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(uses);
        Assert.All(uses, line => Assert.Matches(PinnedUse(), line));
    }

    [Fact]
    public void A_GitHub_condition_becomes_the_jobs_if()
    {
        var ci = Generated("ci");

        Assert.Equal("github.event_name == 'push' && github.ref == 'refs/heads/main'", Scalar(ci.Job("push"), "if"));
        Assert.False(Has(ci.Job("train"), "if"));
    }

    [Fact]
    public void Parameters_become_typed_dispatch_inputs_handed_to_the_build_through_the_environment()
    {
        var promote = Generated("promote");

        var inputs = Map(promote.Root, "on", "workflow_dispatch", "inputs");
        Assert.Equal("choice", Scalar(inputs, "stage", "type"));
        Assert.Equal(["Staging", "Production"], Strings(inputs, "stage", "options"));
        Assert.Equal("Staging", Scalar(inputs, "stage", "default"));
        Assert.Equal("boolean", Scalar(inputs, "canary", "type"));
        Assert.Equal("true", Scalar(inputs, "canary", "default"));
        Assert.Equal("number", Scalar(inputs, "replicas", "type"));
        Assert.Equal("string", Scalar(inputs, "note", "type"));
        Assert.False(Has(Map(inputs, "note"), "default"));
        Assert.Equal("${{ inputs.stage }}", Scalar(promote.Root, "env", "STAGE"));
        Assert.Equal("${{ inputs.replicas }}", Scalar(promote.Root, "env", "REPLICAS"));
    }

    [Fact]
    public void Secrets_reach_only_the_build_step_of_jobs_that_require_them_and_never_the_command()
    {
        var ci = Generated("ci");

        Assert.Equal("${{ secrets.REGISTRY_PASSWORD }}", Scalar(Step(ci.Job("push"), "Push"), "env", "REGISTRY_PASSWORD"));
        Assert.False(Has(Step(ci.Job("train"), "Train"), "env"));
        Assert.DoesNotContain(Steps(ci.Job("push")), step => Scalar(step, "run")?.Contains("secrets", StringComparison.Ordinal) == true);
        Assert.Equal("${{ secrets.GITHUB_TOKEN }}", Scalar(Step(ci.Job("evaluate"), "Evaluate"), "env", "GITHUB_TOKEN"));
        Assert.Equal(2, Regex.Count(ci.Text, "secrets\\."));
    }

    [Fact]
    public void Repository_variables_reach_only_the_build_step_of_jobs_that_require_them()
    {
        var ci = Generated("ci");

        Assert.Equal("${{ vars.DATA_REMOTE }}", Scalar(Step(ci.Job("validate-data"), "ValidateData"), "env", "DATA_REMOTE"));
        Assert.Equal("${{ secrets.REGISTRY_PASSWORD }}", Scalar(Step(ci.Job("push"), "Push"), "env", "REGISTRY_PASSWORD"));
        Assert.Null(Scalar(Step(ci.Job("push"), "Push"), "env", "DATA_REMOTE"));
        Assert.Null(Scalar(ci.Root, "env", "DATA_REMOTE"));
        Assert.Equal(1, Regex.Count(ci.Text, "vars\\."));
        Assert.DoesNotContain("vars.", Generated("promote").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Deploying_jobs_name_their_environment_and_workflows_set_concurrency_and_timeouts()
    {
        var promote = Generated("promote");

        Assert.Equal("production", Scalar(promote.Job("promote"), "environment", "name"));
        Assert.Equal("https://model.example.org", Scalar(promote.Job("promote"), "environment", "url"));
        Assert.Equal("false", Scalar(promote.Root, "concurrency", "cancel-in-progress"));
        Assert.Equal("promote-${{ github.ref }}", Scalar(promote.Root, "concurrency", "group"));
        Assert.Equal("15", Scalar(promote.Job("promote"), "timeout-minutes"));
        Assert.Equal("global.json", Scalar(Step(promote.Job("promote"), "Set up .NET (global.json)"), "with", "global-json-file"));
        Assert.Contains("hashFiles(", Scalar(Step(promote.Job("promote"), "Cache NuGet packages"), "with", "key"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_file_starts_with_a_header_saying_it_is_generated_and_how_to_regenerate()
    {
        var text = Generated("ci").Text;

        Assert.StartsWith("# Generated by Mlops", text, StringComparison.Ordinal);
        Assert.Contains("./build.sh --generate-ci", text.Split('\n')[1], StringComparison.Ordinal);
    }

    [GeneratedRegex(@"uses: [\w-]+/[\w-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$")]
    private static partial Regex PinnedUse();

    public void Dispose() => _run.Dispose();
}
