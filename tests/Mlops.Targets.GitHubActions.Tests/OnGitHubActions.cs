using Serilog;

namespace Mlops.Targets.GitHubActions.Tests;

/// <summary>What a build prints and writes for GitHub Actions when it runs there (GITHUB_ACTIONS=true).</summary>
public sealed class OnGitHubActions : IDisposable
{
    private readonly BuildRun _run = new();

    private sealed class Reporting : GitHubBuild
    {
        public Target Evaluate => _ => _.Executes(() =>
        {
            ReportOutcome("accuracy 0.871");
            ReportMarkdown("#### Evaluation\n| metric | value |\n|---|---|\n| AUC | 0.927 |");
        });

        public Target Promote => _ => _.DependsOn(Evaluate).Executes(() => Gate());

        public Target Release => _ => _.OnlyWhenStatic(GitHubCondition.PushTo("main")).Executes(() => ReportOutcome("released"));

        public Target Comment => _ => _.After(Evaluate).Executes(() => Log.Warning("Could not comment on {PullRequest}: {Reason}", "o/r#7", "HTTP 403\nforbidden"));

        private static void Gate() => throw new InvalidOperationException("AUC 0.91 is below the gate 0.92\nsecond line");
    }

    public OnGitHubActions()
    {
        _run.Environment["GITHUB_ACTIONS"] = "true";
        _run.Environment["GITHUB_STEP_SUMMARY"] = _run.Root / "summary.md";
        _run.Environment["GITHUB_EVENT_NAME"] = "pull_request";
        _run.Environment["GITHUB_REF"] = "refs/pull/7/merge";
    }

    [Fact]
    public void Each_target_is_a_collapsible_group()
    {
        _run.Run(new Reporting(), "Evaluate");

        var lines = _run.Output.Split('\n');
        var start = Array.IndexOf(lines, "::group::Evaluate");
        var end = Array.IndexOf(lines, "::endgroup::");
        Assert.True(start >= 0 && end > start, _run.Output);
    }

    [Fact]
    public void A_failure_is_an_error_annotation_at_the_line_of_build_code_that_threw()
    {
        _run.Run(new Reporting(), "Promote");

        var annotation = _run.Output.Split('\n').Single(l => l.StartsWith("::error ", StringComparison.Ordinal));
        Assert.StartsWith("::error title=Promote failed", annotation, StringComparison.Ordinal);
        Assert.EndsWith("::AUC 0.91 is below the gate 0.92%0Asecond line", annotation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_warning_is_a_warning_annotation_titled_with_its_target()
    {
        _run.Run(new Reporting(), "Comment");

        Assert.Equal(0, _run.ExitCode);
        var annotation = _run.Output.Split('\n').Single(l => l.StartsWith("::warning ", StringComparison.Ordinal));
        Assert.Equal("::warning title=Comment::Could not comment on o/r#7: HTTP 403%0Aforbidden", annotation);
    }

    [Fact]
    public void The_job_summary_gets_the_table_outcomes_and_reports()
    {
        _run.Run(new Reporting(), "Evaluate");

        var summary = File.ReadAllText(_run.Root / "summary.md");
        Assert.Contains("Build succeeded", summary, StringComparison.Ordinal);
        Assert.Contains("| Evaluate | Succeeded |", summary, StringComparison.Ordinal);
        Assert.Contains("**accuracy 0.871**", summary, StringComparison.Ordinal);
        Assert.Contains("| AUC | 0.927 |", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_GitHub_condition_is_decided_by_the_event()
    {
        _run.Run(new Reporting(), "Release");
        Assert.Equal("Skipped", _run.StatusOf("Release"));
        Assert.Contains("github.event_name == 'push' && github.ref == 'refs/heads/main' is false", _run.Output, StringComparison.Ordinal);

        _run.Environment["GITHUB_EVENT_NAME"] = "push";
        _run.Environment["GITHUB_REF"] = "refs/heads/main";
        _run.Run(new Reporting(), "Release");
        Assert.Equal("Succeeded", _run.StatusOf("Release"));
    }

    [Fact]
    public void Locally_a_GitHub_condition_holds_so_the_target_runs_when_asked_for()
    {
        _run.Environment.Clear();

        _run.Run(new Reporting(), "Release", "Comment");

        Assert.Equal("Succeeded", _run.StatusOf("Release"));
        Assert.DoesNotContain("::group::", _run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("::warning", _run.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _run.Dispose();
}
