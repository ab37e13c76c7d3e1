namespace Mlops.DotNet.Tests;

public sealed class ShowingBuildOutput
{
    [Theory]
    [InlineData("Build succeeded.")]
    [InlineData("    0 Warning(s)")]
    [InlineData("    0 Error(s)")]
    [InlineData("Time Elapsed 00:00:03.21")]
    [InlineData("")]
    [InlineData("   ")]
    public void MSBuilds_empty_closing_summary_is_not_shown(string line)
    {
        Assert.False(DotNetCli.IsWorthShowing(line));
    }

    [Theory]
    [InlineData("    3 Warning(s)")]
    [InlineData("    1 Error(s)")]
    [InlineData("  Mlops.Processes -> /repo/src/Mlops.Processes/bin/Debug/net10.0/Mlops.Processes.dll")]
    [InlineData("Program.cs(3,1): error CS1002: ; expected")]
    [InlineData("Passed!  - Failed: 0, Passed: 14")]
    public void Lines_that_say_something_are_shown(string line)
    {
        Assert.True(DotNetCli.IsWorthShowing(line));
    }
}
