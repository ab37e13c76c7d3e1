namespace Mlops.Targets.Tests;

public sealed class TargetNames : IDisposable
{
    private readonly BuildRun _run = new();

    private sealed class Named : RecordingBuild
    {
        public Target Compile => _ => _.Executes(() => Note(nameof(Compile)));
        public Target Test => _ => _.DependsOn(Compile).Executes(() => Note(nameof(Test)));
        public Target Train => _ => _.Executes(() => Note(nameof(Train)));
    }

    [Fact]
    public void Names_are_case_insensitive()
    {
        var build = new Named();

        _run.Run(build, "tEsT");

        Assert.Equal(0, _run.ExitCode);
        Assert.Equal(["Compile", "Test"], build.Ran);
    }

    [Fact]
    public void An_unknown_target_is_one_line_naming_the_nearest_ones()
    {
        var build = new Named();

        _run.Run(build, "Tset");

        Assert.Equal(2, _run.ExitCode);
        Assert.Equal("error: Unknown target 'Tset'. Did you mean: Test?", _run.Error.Trim());
        Assert.Empty(build.Ran);
        Assert.DoesNotContain("   at ", _run.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_target_option_works_like_positional_names()
    {
        var build = new Named();

        _run.Run(build, "--target", "Train", "Compile");

        Assert.Equal(["Compile", "Train"], build.Ran);
    }

    [Fact]
    public void Without_targets_the_default_named_by_Main_runs()
    {
        var build = new Named();

        _run.Run(build, [], x => x.Train);

        Assert.Equal(["Train"], build.Ran);
    }

    [Fact]
    public void Without_targets_or_default_the_error_says_so()
    {
        _run.Run(new Named());

        Assert.Equal(2, _run.ExitCode);
        Assert.Contains("No target given", _run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _run.Dispose();
}
