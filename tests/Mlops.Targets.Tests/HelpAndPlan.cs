namespace Mlops.Targets.Tests;

public sealed class HelpAndPlan : IDisposable
{
    private readonly BuildRun _run = new();

    private sealed class Documented : RecordingBuild
    {
        [Parameter("Registry to push the serving image to")]
        public string Registry { get; set; } = "localhost:5000";

        [Parameter("Candidates to train")]
        public string[] Candidates { get; set; } = [];

        public Target Compile => _ => _.Description("Compile everything").Executes(() => Note(nameof(Compile)));
        public Target Test => _ => _.Description("Run the tests").DependsOn(Compile).Executes(() => Note(nameof(Test)));
        public Target Push => _ => _.Description("Push the image").DependsOn(Test).Triggers(Notify).Executes(() => Note(nameof(Push)));
        public Target Notify => _ => _.Unlisted().Executes(() => Note(nameof(Notify)));
    }

    [Fact]
    public void Help_lists_targets_with_descriptions_marks_the_default_and_hides_unlisted_ones()
    {
        var build = new Documented();

        _run.Run(build, ["--help"], x => x.Test);

        Assert.Equal(0, _run.ExitCode);
        Assert.Contains("* Test", _run.Output, StringComparison.Ordinal);
        Assert.Contains("Run the tests (after Compile)", _run.Output, StringComparison.Ordinal);
        Assert.Contains("  Compile", _run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Notify", _run.Output, StringComparison.Ordinal);
        Assert.Empty(build.Ran);
    }

    [Fact]
    public void Help_lists_parameters_with_option_type_description_and_current_value()
    {
        _run.Run(new Documented(), "--help");

        Assert.Contains("--registry <string>", _run.Output, StringComparison.Ordinal);
        Assert.Contains("Registry to push the serving image to (now: localhost:5000)", _run.Output, StringComparison.Ordinal);
        Assert.Contains("--candidates <string…>", _run.Output, StringComparison.Ordinal);
        Assert.Contains("--skip", _run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_prints_the_order_with_the_reason_for_each_target_and_runs_nothing()
    {
        var build = new Documented();

        _run.Run(build, "--plan", "Push");

        Assert.Equal(0, _run.ExitCode);
        Assert.Empty(build.Ran);
        var lines = _run.Output.Trim().Split('\n');
        Assert.Equal("Plan for Push:", lines[0]);
        Assert.Matches(@"1\. Compile\s+dependency of Test$", lines[1]);
        Assert.Matches(@"2\. Test\s+dependency of Push\s+\[after Compile\]$", lines[2]);
        Assert.Matches(@"3\. Push\s+invoked\s+\[after Test\]$", lines[3]);
        Assert.Matches(@"4\. Notify\s+triggered by Push\s+\[after Push\]$", lines[4]);
    }

    [Fact]
    public void Plan_mermaid_emits_the_graph_with_planned_targets_highlighted()
    {
        _run.Run(new Documented(), "Test", "--plan", "mermaid");

        Assert.Equal(0, _run.ExitCode);
        Assert.StartsWith("graph LR", _run.Output, StringComparison.Ordinal);
        Assert.Contains("Compile --> Test", _run.Output, StringComparison.Ordinal);
        Assert.Contains("Push -- triggers --> Notify", _run.Output, StringComparison.Ordinal);
        Assert.Contains("class Compile,Test planned", _run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_rejects_an_unknown_format()
    {
        _run.Run(new Documented(), "--plan=svg");

        Assert.Equal(2, _run.ExitCode);
        Assert.Contains("--plan takes 'text' or 'mermaid'", _run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_is_regenerated_with_targets_and_parameters()
    {
        _run.Run(new Documented(), "--help");

        var schema = File.ReadAllText(_run.Root / ".nuke" / "build.schema.json");
        Assert.Contains("\"Registry\"", schema, StringComparison.Ordinal);
        Assert.Contains("Registry to push the serving image to", schema, StringComparison.Ordinal);
        Assert.Contains("\"array\"", schema, StringComparison.Ordinal);
        Assert.Contains("\"Push\"", schema, StringComparison.Ordinal);
        Assert.Contains("\"Notify\"", schema, StringComparison.Ordinal);
    }

    public void Dispose() => _run.Dispose();
}
