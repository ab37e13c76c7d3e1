namespace Mlops.Targets.Tests;

/// <summary>Where the build runs is decided once, from the environment it is handed and its console.</summary>
public sealed class DetectingTheHost
{
    private static BuildHost Detect(bool terminal, params (string Name, string Value)[] variables) =>
        BuildHost.Detect(variables.ToDictionary(v => v.Name, v => v.Value), terminal);

    [Theory]
    [InlineData("true")]
    [InlineData("TRUE")]
    [InlineData("1")]
    public void CI_set_to_true_or_1_is_a_server_build_without_live_displays(string value)
    {
        var host = Detect(terminal: true, ("CI", value));

        Assert.True(host.IsServerBuild);
        Assert.False(host.IsGitHubActions);
        Assert.False(host.IsInteractive);
    }

    [Theory]
    [InlineData("false")]
    [InlineData("")]
    [InlineData("0")]
    public void CI_set_to_anything_else_is_a_laptop(string value)
    {
        var host = Detect(terminal: true, ("CI", value));

        Assert.False(host.IsServerBuild);
        Assert.True(host.IsInteractive);
    }

    [Fact]
    public void GitHub_Actions_is_a_server_build_with_colours_in_a_redirected_log()
    {
        var host = Detect(terminal: false, ("GITHUB_ACTIONS", "true"));

        Assert.True(host.IsServerBuild);
        Assert.True(host.IsGitHubActions);
        Assert.True(host.UseColors);
        Assert.False(host.IsInteractive);
    }

    [Fact]
    public void NO_COLOR_turns_colours_off_even_on_a_terminal()
    {
        Assert.False(Detect(terminal: true, ("NO_COLOR", "1")).UseColors);
        Assert.True(Detect(terminal: true).UseColors);
    }

    [Fact]
    public void A_redirected_laptop_run_has_neither_colours_nor_bars()
    {
        var host = Detect(terminal: false);

        Assert.False(host.UseColors);
        Assert.False(host.IsInteractive);
        Assert.False(host.IsServerBuild);
    }

    [Fact]
    public void An_empty_variable_reads_as_unset()
    {
        var host = Detect(terminal: false, ("DOTNET_EXE", ""), ("GITHUB_REF", "refs/heads/main"));

        Assert.Null(host.Variable("DOTNET_EXE"));
        Assert.Equal("refs/heads/main", host.Variable("GITHUB_REF"));
    }
}
