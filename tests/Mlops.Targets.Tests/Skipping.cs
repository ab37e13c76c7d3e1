namespace Mlops.Targets.Tests;

public sealed class Skipping : IDisposable
{
    private readonly BuildRun _run = new();

    private sealed class Conditional : RecordingBuild
    {
        public bool PushAllowed { get; set; }
        public bool StillWanted { get; set; } = true;

        public Target Compile => _ => _.Executes(() => Note(nameof(Compile)));
        public Target Package => _ => _.Executes(() => Note(nameof(Package)));
        public Target Test => _ => _.DependsOn(Compile).Executes(() => Note(nameof(Test)));
        public Target Push => _ => _.DependsOn(Package).OnlyWhenStatic(() => PushAllowed).Executes(() => Note(nameof(Push)));
        public Target Deploy => _ => _.DependsOn(Test, Push).Executes(() => Note(nameof(Deploy)));
        public Target Cleanup => _ => _.DependsOn(Compile).OnlyWhenDynamic(() => StillWanted)
            .Executes(() => Note(nameof(Cleanup)));
        public Target Flip => _ => _.Before(Cleanup).Executes(() =>
        {
            Note(nameof(Flip));
            StillWanted = false;
        });
    }

    [Fact]
    public void Skip_alone_runs_only_the_invoked_targets()
    {
        var build = new Conditional();

        _run.Run(build, "Test", "--skip");

        Assert.Equal(["Test"], build.Ran);
        Assert.Equal("Skipped", _run.StatusOf("Compile"));
        Assert.Contains("--skip", _run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Skip_with_names_skips_just_those()
    {
        var build = new Conditional();

        _run.Run(build, "Deploy", "--skip", "compile");

        Assert.DoesNotContain("Compile", build.Ran);
        Assert.Contains("Test", build.Ran);
        Assert.Contains("Deploy", build.Ran);
    }

    [Fact]
    public void Skip_with_an_unknown_name_is_an_error()
    {
        _run.Run(new Conditional(), "Test", "--skip", "Compiel");

        Assert.Equal(2, _run.ExitCode);
        Assert.Contains("Unknown target 'Compiel'. Did you mean: Compile?", _run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_false_static_condition_skips_the_target_with_its_source_text_and_leaves_out_what_only_it_needed()
    {
        var build = new Conditional();

        _run.Run(build, "Deploy");

        Assert.Equal(0, _run.ExitCode);
        Assert.Equal(["Compile", "Test", "Deploy"], build.Ran);
        Assert.Equal("Skipped", _run.StatusOf("Push"));
        Assert.Contains("PushAllowed is false", _run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("│ Package", _run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_true_static_condition_runs_the_target_and_its_dependencies()
    {
        var build = new Conditional { PushAllowed = true };

        _run.Run(build, "Push");

        Assert.Equal(["Package", "Push"], build.Ran);
    }

    [Fact]
    public void A_dynamic_condition_is_decided_just_before_the_target_would_run()
    {
        var build = new Conditional();

        _run.Run(build, "Cleanup", "Flip");

        Assert.Equal(0, _run.ExitCode);
        Assert.Equal(["Compile", "Flip"], build.Ran);
        Assert.Equal("Skipped", _run.StatusOf("Cleanup"));
        Assert.Contains("StillWanted is false", _run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dynamic_condition_that_throws_fails_its_target_and_stops_the_build()
    {
        var build = new Throwing();

        _run.Run(build, "Deploy", "Docs");

        Assert.Equal(1, _run.ExitCode);
        Assert.Equal("Failed", _run.StatusOf("Check"));
        Assert.Equal("NotRun", _run.StatusOf("Deploy"));
        Assert.Equal("NotRun", _run.StatusOf("Docs"));
        Assert.Empty(build.Ran);
        Assert.Contains("OnlyWhenDynamic(Probe()) threw: cluster unreachable", _run.Output, StringComparison.Ordinal);
    }

    private sealed class Throwing : RecordingBuild
    {
        public Target Check => _ => _.OnlyWhenDynamic(() => Probe()).Executes(() => Note(nameof(Check)));
        public Target Deploy => _ => _.DependsOn(Check).Executes(() => Note(nameof(Deploy)));
        public Target Docs => _ => _.After(Check).Executes(() => Note(nameof(Docs)));

        private static bool Probe() => throw new InvalidOperationException("cluster unreachable");
    }

    [Fact]
    public void The_plan_shows_skips_with_their_reasons()
    {
        _run.Run(new Conditional(), "Deploy", "--plan");

        Assert.Equal(0, _run.ExitCode);
        Assert.Contains("skipped (PushAllowed is false); dependency of Deploy", _run.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _run.Dispose();
}
