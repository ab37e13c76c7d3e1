namespace Mlops.Processes.Tests;

public sealed class PassingArguments
{
    private static readonly string[] Awkward = ["two words", "it's", "\"quoted\"", "$HOME", "a;b && c", "*", ""];

    private readonly ProcessRunner _runner = new() { Echo = false };

    [Fact]
    public async Task Arguments_reach_the_program_verbatim_without_a_shell_in_between()
    {
        // printf prints each argument it received on its own line, so any re-quoting or expansion would show.
        var result = await _runner.RunAsync("bash", ["-c", "printf '%s\\n' \"$@\"", "bash", .. Awkward]);

        Assert.Equal(Awkward, result.Output);
    }

    [Fact]
    public async Task The_command_shown_quotes_arguments_with_spaces()
    {
        var result = await _runner.RunAsync("/usr/bin/env", ["echo", "two words", "one"]);

        Assert.Equal("env echo \"two words\" one", result.Command);
        Assert.Equal(["two words one"], result.Output);
    }

    [Fact]
    public async Task Extra_environment_variables_reach_the_program()
    {
        var runner = new ProcessRunner
        {
            Echo = false,
            Environment = new Dictionary<string, string?> { ["MLOPS_TEST_GREETING"] = "hello from the test" },
        };

        var result = await runner.RunAsync("bash", ["-c", "echo \"$MLOPS_TEST_GREETING\"; echo \"${HOME:+home is inherited}\""]);

        Assert.Equal(["hello from the test", "home is inherited"], result.Output);
    }
}
