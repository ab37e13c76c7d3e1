namespace Mlops.Targets.Tests;

public sealed class Requirements : IDisposable
{
    private readonly BuildRun _run = new();

    private sealed class Guarded : RecordingBuild
    {
        [Parameter("Registry to push to")]
        public string? Registry { get; set; }

        [Parameter("Replicas")]
        public int? Replicas { get; set; }

        public bool Approved { get; set; }

        public Target Compile => _ => _.Executes(() => Note(nameof(Compile)));
        public Target Push => _ => _.DependsOn(Compile).Requires(() => Registry, () => Replicas).Executes(() => Note(nameof(Push)));
        public Target Promote => _ => _.DependsOn(Push).Requires(() => Approved).Executes(() => Note(nameof(Promote)));
        public Target Optional => _ => _.OnlyWhenStatic(() => false).Requires(() => Approved).Executes(() => Note(nameof(Optional)));
    }

    [Fact]
    public void A_missing_parameter_fails_before_any_target_runs_naming_target_parameter_and_option()
    {
        var build = new Guarded { Replicas = 2 };

        _run.Run(build, "Push");

        Assert.Equal(2, _run.ExitCode);
        Assert.Empty(build.Ran);
        Assert.Contains("target 'Push' requires parameter 'Registry' (--registry), which is not set", _run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_unmet_requirement_is_listed_at_once()
    {
        var build = new Guarded();

        _run.Run(build, "Promote");

        Assert.Equal(2, _run.ExitCode);
        Assert.Contains("'Registry'", _run.Error, StringComparison.Ordinal);
        Assert.Contains("'Replicas'", _run.Error, StringComparison.Ordinal);
        Assert.Contains("target 'Promote' requires Approved, which is false", _run.Error, StringComparison.Ordinal);
        Assert.Single(_run.Error.Trim().Split('\n'));
    }

    [Fact]
    public void Satisfied_requirements_let_the_build_run()
    {
        var build = new Guarded { Approved = true };

        _run.Run(build, "Promote", "--registry", "localhost:5000", "--replicas", "3");

        Assert.Equal(0, _run.ExitCode);
        Assert.Equal(["Compile", "Push", "Promote"], build.Ran);
    }

    [Fact]
    public void Skipped_targets_are_not_checked()
    {
        _run.Run(new Guarded(), "Optional");

        Assert.Equal(0, _run.ExitCode);
    }

    public void Dispose() => _run.Dispose();
}
