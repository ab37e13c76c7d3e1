using Mlops.Processes;

namespace Mlops.Targets.Simulation.Tests;

/// <summary>--simulate runs the committed workflow file for an event: jobs in needs order, clean clones, artifacts between jobs.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SimulatingWorkflows(SampleRepository repository) : IClassFixture<SampleRepository>
{
    private const string PullRequestReport =
        "report: sum 15 of 5 numbers; counted in job count, summed in job sum; same workspace: no; scratch from Count: absent; event pull_request on refs/pull/1/merge";

    [Fact]
    public async Task A_pull_request_runs_the_jobs_in_needs_order_each_in_a_clean_clone_with_artifacts_handed_on()
    {
        var result = await repository.RunAsync(["--simulate", "ci", "--event", "pull_request"]);

        Assert.True(result.ExitCode == 0, Text(result));
        var output = Text(result);
        Assert.True(output.IndexOf("Job count (Count)", StringComparison.Ordinal) < output.IndexOf("Job sum (Sum)", StringComparison.Ordinal));
        Assert.True(output.IndexOf("Job sum (Sum)", StringComparison.Ordinal) < output.IndexOf("Job report (Report)", StringComparison.Ordinal));
        Assert.Contains(PullRequestReport, output, StringComparison.Ordinal);
        Assert.Contains("Download count-artifacts-data: 1 file(s) placed", output, StringComparison.Ordinal);
        Assert.EndsWith("Simulation succeeded.", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_repository_variable_given_with_var_reaches_the_jobs_that_import_it_and_an_unset_one_falls_back()
    {
        var given = await repository.RunAsync(["--simulate", "ci", "--event", "pull_request", "--var", "REPORT_FOR=the board"]);
        var unset = await repository.RunAsync(["--simulate", "ci", "--event", "pull_request"]);

        Assert.True(given.ExitCode == 0, Text(given));
        Assert.Contains("Repository variables: REPORT_FOR as given with --var; any other vars.NAME reads as empty", given.Output);
        Assert.Contains($"{PullRequestReport}; for the board", Text(given), StringComparison.Ordinal);
        Assert.True(unset.ExitCode == 0, Text(unset));
        Assert.Contains($"{PullRequestReport}; for the team", Text(unset), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_jobs_if_is_decided_for_the_event()
    {
        var result = await repository.RunAsync(["--simulate", "ci", "--event", "pull_request"]);

        Assert.Contains(result.Output, line => line.StartsWith("  release", StringComparison.Ordinal) && line.Contains("skipped", StringComparison.Ordinal)
            && line.Contains("if: github.event_name == 'push' && github.ref == 'refs/heads/main'", StringComparison.Ordinal));
        Assert.DoesNotContain("released", Text(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_push_to_main_runs_the_release_with_its_secret_masked()
    {
        var result = await repository.RunAsync(["--simulate", "ci", "--event", "push", "--ref", "refs/heads/main"],
            new Dictionary<string, string?> { ["RELEASE_TOKEN"] = "tok-8c1f2e" });

        Assert.True(result.ExitCode == 0, Text(result));
        Assert.Matches(@"released \d+ bytes of report with token \*\*\*", Text(result));
        Assert.Contains("event push on refs/heads/main", Text(result), StringComparison.Ordinal);
        Assert.DoesNotContain("tok-8c1f2e", Text(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_job_the_build_stands_in_for_gets_the_stand_in_said_aloud_and_stopped_when_the_simulation_ends()
    {
        const string Said = "Job release runs against a stand-in, not the runner's own: a release shelf in a temporary folder; RELEASE_SHELF=";

        var push = await repository.RunAsync(["--simulate", "ci", "--event", "push", "--ref", "refs/heads/main"],
            new Dictionary<string, string?> { ["RELEASE_TOKEN"] = "tok-8c1f2e" });
        var pullRequest = await repository.RunAsync(["--simulate", "ci", "--event", "pull_request"]);

        Assert.True(push.ExitCode == 0, Text(push));
        var line = Assert.Single(push.Output, l => l.Contains(Said, StringComparison.Ordinal));
        var shelf = line[(line.IndexOf(Said, StringComparison.Ordinal) + Said.Length)..].Trim();
        Assert.Contains("shelf: present", Text(push), StringComparison.Ordinal);
        Assert.Contains("Stood in for the runner: a release shelf in a temporary folder", push.Output);
        Assert.False(Directory.Exists(shelf), $"{shelf} outlived the simulation");
        Assert.True(pullRequest.ExitCode == 0, Text(pullRequest));
        Assert.DoesNotContain("stand", Text(pullRequest), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_push_the_branch_filter_excludes_does_not_run()
    {
        var result = await repository.RunAsync(["--simulate", "ci", "--event", "push", "--ref", "refs/heads/feature/x"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("The workflow would not run: a push to refs/heads/feature/x does not match branches: main.", result.Output);
        Assert.DoesNotContain("Job count", Text(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dispatch_hands_its_inputs_to_the_build()
    {
        var result = await repository.RunAsync(["--simulate", "promote", "--event", "workflow_dispatch", "--input", "stage=Production"]);

        Assert.True(result.ExitCode == 0, Text(result));
        Assert.Contains("promoted to Production", Text(result), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("promote --event workflow_dispatch --input stage=Prod", "error: --input stage=Prod: the input takes one of Staging, Production.")]
    [InlineData("promote --event workflow_dispatch --input stag=Production", "error: --input stag: workflow 'promote' has no such input. Did you mean: stage?")]
    [InlineData("ci --event workflow_dispatch", "error: Workflow 'ci' does not run on 'workflow_dispatch'; it runs on pull_request, push.")]
    [InlineData("ci", "error: --simulate needs --event: workflow 'ci' runs on pull_request, push.")]
    [InlineData("cii --event push", "error: No workflow file .github/workflows/cii.yml. Did you mean: ci?")]
    public async Task Bad_simulation_input_is_one_line_naming_it(string arguments, string expected)
    {
        var result = await repository.RunAsync(["--simulate", .. arguments.Split(' ')]);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(expected, Assert.Single(result.Output), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_job_fails_the_simulation_and_skips_the_jobs_that_need_it()
    {
        var result = await repository.RunAsync(["--simulate", "ci", "--event", "pull_request"], new Dictionary<string, string?> { ["SAMPLE_FAIL_SUM"] = "1" });

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Output, line => line.StartsWith("  sum", StringComparison.Ordinal) && line.Contains("failure", StringComparison.Ordinal));
        Assert.Contains(result.Output, line => line.StartsWith("  report", StringComparison.Ordinal) && line.Contains("needed job sum did not succeed", StringComparison.Ordinal));
        var kept = result.Output.Single(l => l.StartsWith("Job workspaces kept for inspection in ", StringComparison.Ordinal))["Job workspaces kept for inspection in ".Length..];
        Assert.True(File.Exists(Path.Combine(kept, "sum", "repo", "artifacts", "data", "count.json")));
        Directory.Delete(kept, recursive: true);
    }

    [Fact]
    public async Task The_committed_file_is_what_runs_not_the_builds_declarations()
    {
        var workflow = repository.Read(".github/workflows/ci.yml");
        repository.Write(".github/workflows/ci.yml", workflow.Replace(
            "        run: ./build.sh Report --skip\n",
            "        run: ./build.sh Report --skip\n      - name: Hand-written\n        run: echo \"hand-written step saw $GITHUB_JOB on $GITHUB_REF with ${{ github.event_name }}\"\n",
            StringComparison.Ordinal));
        await repository.CommitAsync("A hand-written step");
        ProcessResult result;
        try
        {
            result = await repository.RunAsync(["--simulate", "ci", "--event", "pull_request"]);
        }
        finally
        {
            await repository.GitAsync("reset", "--quiet", "--hard", "HEAD~1");
        }

        Assert.True(result.ExitCode == 0, Text(result));
        Assert.Contains("hand-written step saw report on refs/pull/1/merge with pull_request", Text(result), StringComparison.Ordinal);
    }

    private static string Text(ProcessResult result) => string.Join('\n', result.Output);
}
