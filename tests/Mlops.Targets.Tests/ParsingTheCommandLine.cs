using Mlops.Targets.Internal;

namespace Mlops.Targets.Tests;

public sealed class ParsingTheCommandLine
{
    private static readonly BuildOption[] ModeOptions =
    [
        new("generate-ci", MaxValues: 0, "--generate-ci", "write workflows"),
        new("simulate", MaxValues: 1, "--simulate <workflow>", "run a workflow"),
        new("input", MaxValues: int.MaxValue, "--input <name=value…>", "inputs"),
    ];

    private static BuildOptions Parse(params string[] args) =>
        CommandLine.Parse(args, key => key is "publish", key => key is "candidates", ModeOptions);

    [Fact]
    public void A_mode_flag_takes_no_value_and_targets_may_follow_it()
    {
        var options = Parse("--generate-ci", "Test");

        Assert.Equal([], options.ModeOptions["generateci"]);
        Assert.Equal(["Test"], options.Targets);
    }

    [Fact]
    public void A_mode_option_takes_as_many_values_as_it_declares()
    {
        var options = Parse("--simulate", "promote", "--input", "stage=Production", "canary=true");

        Assert.Equal(["promote"], options.ModeOptions["simulate"]);
        Assert.Equal(["stage=Production", "canary=true"], options.ModeOptions["input"]);
        Assert.Empty(options.Targets);
    }

    [Fact]
    public void A_mode_option_that_needs_a_value_says_so()
    {
        var error = Assert.Throws<BuildInputException>(() => Parse("--simulate"));

        Assert.Equal("Option --simulate needs a value.", error.Message);
    }

    [Fact]
    public void Tokens_before_the_first_option_are_targets()
    {
        var options = Parse("Train", "Evaluate", "--registry", "localhost:5000");

        Assert.Equal(["Train", "Evaluate"], options.Targets);
        Assert.Equal(["localhost:5000"], options.ParameterArguments["registry"].Values);
    }

    [Fact]
    public void Plan_takes_a_format_only_when_it_is_one_and_leaves_targets_alone()
    {
        Assert.Equal(["Test"], Parse("--plan", "Test").Targets);
        Assert.Equal("text", Parse("--plan", "Test").Plan);
        Assert.Equal("mermaid", Parse("--plan", "mermaid", "Test").Plan);
    }

    [Fact]
    public void Skip_and_force_alone_mean_all_and_with_names_mean_those()
    {
        Assert.Empty(Parse("Test", "--skip").Skip!);
        Assert.Equal(["Lint", "Compile"], Parse("Test", "--skip", "Lint", "Compile").Skip);
        Assert.Null(Parse("Test").Force);
        Assert.Equal(["Train"], Parse("Test", "--force", "Train").Force);
    }

    [Fact]
    public void A_flag_parameter_takes_only_true_or_false_and_leaves_the_rest_as_targets()
    {
        var options = Parse("--publish", "Push");

        Assert.Empty(options.ParameterArguments["publish"].Values);
        Assert.Equal(["Push"], options.Targets);
        Assert.Equal(["false"], Parse("--publish", "false").ParameterArguments["publish"].Values);
    }

    [Fact]
    public void Array_parameters_take_every_value_up_to_the_next_option()
    {
        var options = Parse("Train", "--candidates", "baseline", "challenger", "--dry-run");

        Assert.Equal(["baseline", "challenger"], options.ParameterArguments["candidates"].Values);
        Assert.True(options.DryRun);
    }

    [Fact]
    public void Inline_values_and_kebab_or_pascal_names_are_the_same_option()
    {
        Assert.Equal(["x"], Parse("--data-remote=x").ParameterArguments["dataremote"].Values);
        Assert.Equal(["y"], Parse("--DataRemote", "y").ParameterArguments["dataremote"].Values);
    }

    [Fact]
    public void Parallel_defaults_to_the_core_count_and_takes_a_number()
    {
        Assert.Equal(Environment.ProcessorCount, Parse("--parallel", "Test").Parallelism);
        Assert.Equal(["Test"], Parse("--parallel", "Test").Targets);
        Assert.Equal(3, Parse("--parallel", "3").Parallelism);
        Assert.Equal(0, Parse("Test").Parallelism);
    }

    [Fact]
    public void Negative_numbers_are_values_not_options()
    {
        Assert.Equal(["-1"], Parse("--offset", "-1").ParameterArguments["offset"].Values);
    }

    [Theory]
    [InlineData("--verbosity", "loud")]
    [InlineData("--parallel=0")]
    [InlineData("--root")]
    public void Bad_engine_options_are_input_errors(params string[] args)
    {
        Assert.Throws<BuildInputException>(() => Parse(args));
    }

    [Theory]
    [InlineData("DataRemote", "data-remote")]
    [InlineData("NuGetApiKey", "nu-get-api-key")]
    [InlineData("MLOpsURL", "ml-ops-url")]
    [InlineData("TrainData", "train-data")]
    public void Member_names_become_kebab_case_options(string name, string option)
    {
        Assert.Equal(option, Mlops.Names.KebabCase.Of(name));
    }
}
