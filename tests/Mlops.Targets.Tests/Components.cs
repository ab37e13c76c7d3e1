namespace Mlops.Targets.Tests;

/// <summary>Reusable targets declared in interfaces with default implementations, composed by a build class.</summary>
public sealed class Components : IDisposable
{
    private readonly BuildRun _run = new();

    internal interface IRecord : IMlopsBuild
    {
        void Note(string name);
    }

    internal interface IValidateData : IRecord
    {
        [Parameter("Training data file")]
        string? TrainData => Parameter<string>(nameof(TrainData));

        Target ValidateData => _ => _.Description("Validate the data").Executes(() => Note($"ValidateData {TrainData}"));
    }

    internal interface ITrain : IValidateData
    {
        Target Train => _ => _.DependsOn<IValidateData>(x => x.ValidateData).Executes(() => Note("Train"));
    }

    private sealed class Composed : RecordingBuild, ITrain
    {
        public Target Evaluate => _ => _.DependsOn<ITrain>(x => x.Train).Executes(() => Note(nameof(Evaluate)));

        void IRecord.Note(string name) => Note(name);
    }

    private sealed class Overriding : RecordingBuild, ITrain
    {
        public Target Train => _ => _.Executes(() => Note("custom Train"));

        void IRecord.Note(string name) => Note(name);
    }

    [Fact]
    public void Targets_of_implemented_interfaces_are_part_of_the_build()
    {
        var build = new Composed();

        _run.Run(build, "Evaluate", "--train-data", "adult.csv");

        Assert.Equal(0, _run.ExitCode);
        Assert.Equal(["ValidateData adult.csv", "Train", "Evaluate"], build.Ran);
    }

    [Fact]
    public void A_class_may_override_a_component_target()
    {
        var build = new Overriding();

        _run.Run(build, "Train");

        Assert.Equal(["custom Train"], build.Ran);
    }

    [Fact]
    public void Component_targets_and_parameters_appear_in_help()
    {
        _run.Run(new Composed(), "--help");

        Assert.Contains("ValidateData", _run.Output, StringComparison.Ordinal);
        Assert.Contains("Validate the data", _run.Output, StringComparison.Ordinal);
        Assert.Contains("--train-data <string>", _run.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _run.Dispose();
}
