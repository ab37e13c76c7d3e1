namespace Mlops.Targets.Tests;

public sealed class Failures : IDisposable
{
    private readonly BuildRun _run = new();

    private sealed class Fragile : RecordingBuild
    {
        public bool ProceedOnLintFailure { get; init; }

        public Target Compile => _ => _.Executes(() => Note(nameof(Compile)));
        public Target Lint => _ => _.DependsOn(Compile)
            .ProceedAfterFailure()
            .Executes(() =>
            {
                Note(nameof(Lint));
                throw new InvalidOperationException("3 files need formatting\nsecond line");
            });
        public Target Test => _ => _.DependsOn(Compile).After(Lint).Executes(() => Note(nameof(Test)));
        public Target Package => _ => _.DependsOn(Lint).Executes(() => Note(nameof(Package)));
        public Target Train => _ => _.DependsOn(Compile).Executes(() =>
        {
            Note(nameof(Train));
            throw new InvalidOperationException("training diverged");
        });
        public Target Evaluate => _ => _.DependsOn(Train).Executes(() => Note(nameof(Evaluate)));
        public Target Docs => _ => _.After(Train).Executes(() => Note(nameof(Docs)));
        public Target Report => _ => _.After(Train, Docs).AssuredAfterFailure().Executes(() => Note(nameof(Report)));
    }

    [Fact]
    public void A_failure_stops_the_build_and_exits_non_zero()
    {
        var build = new Fragile();

        _run.Run(build, "Evaluate", "Docs");

        Assert.Equal(1, _run.ExitCode);
        Assert.Equal(["Compile", "Train"], build.Ran);
        Assert.Equal("Failed", _run.StatusOf("Train"));
        Assert.Equal("NotRun", _run.StatusOf("Evaluate"));
        Assert.Equal("NotRun", _run.StatusOf("Docs"));
        Assert.Contains("Build failed (Train)", _run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_failure_message_is_in_the_summary_without_a_stack_trace()
    {
        _run.Run(new Fragile(), "Train");

        Assert.Contains("training diverged", _run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", _run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_in_the_repository_is_shown_relative_to_it_in_the_summary_and_whole_in_the_json_log()
    {
        var config = _run.Root / "configs" / "training.json";

        _run.Run(new Pointing(config), "Read");

        Assert.Contains("│ configs/training.json: line 3: unknown field", _run.Output, StringComparison.Ordinal);
        Assert.Contains(config.Value, _run.JsonLog(), StringComparison.Ordinal);
    }

    private sealed class Pointing(string path) : MlopsBuild
    {
        public Target Read => _ => _.Executes(() => throw new InvalidOperationException($"{path}: line 3: unknown field $.lable."));
    }

    [Fact]
    public void Verbose_shows_the_stack_trace()
    {
        _run.Run(new Fragile(), "Train", "--verbosity", "verbose");

        Assert.Contains("   at ", _run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ProceedAfterFailure_lets_independent_targets_run_but_not_dependents()
    {
        var build = new Fragile();

        _run.Run(build, "Package", "Test");

        Assert.Equal(1, _run.ExitCode);
        Assert.Equal(["Compile", "Lint", "Test"], build.Ran);
        Assert.Equal("NotRun", _run.StatusOf("Package"));
        Assert.Contains("Lint failed", _run.Output, StringComparison.Ordinal);
        Assert.Equal("Succeeded", _run.StatusOf("Test"));
    }

    [Fact]
    public void AssuredAfterFailure_runs_after_the_build_stopped()
    {
        var build = new Fragile();

        _run.Run(build, "Train", "Docs", "Report");

        Assert.Equal(1, _run.ExitCode);
        Assert.Equal(["Compile", "Train", "Report"], build.Ran);
        Assert.Equal("NotRun", _run.StatusOf("Docs"));
        Assert.Equal("Succeeded", _run.StatusOf("Report"));
    }

    [Fact]
    public void Success_exits_zero_with_the_summary()
    {
        _run.Run(new Fragile(), "Compile");

        Assert.Equal(0, _run.ExitCode);
        Assert.Equal("Succeeded", _run.StatusOf("Compile"));
        Assert.Contains("Build succeeded", _run.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _run.Dispose();
}
