using System.Runtime.Versioning;

namespace Mlops.Launcher.Tests;

[Collection(LaunchingTheCopy.Name)]
[UnsupportedOSPlatform("windows")]
public sealed class ReportingMistakes(CopiedRepository repository)
{
    [Theory]
    [InlineData(Launcher.BuildSh)]
    [InlineData(Launcher.BuildPs1)]
    public async Task A_misspelt_target_exits_2_with_one_line_suggesting_the_right_one(Launcher launcher)
    {
        var launch = await repository.LaunchAsync(["Tset"], launcher);

        Assert.Equal(2, launch.ExitCode);
        Assert.Equal(["error: Unknown target 'Tset'. Did you mean: Test?"], launch.Error);
        Assert.DoesNotContain(launch.Output, line => line.TrimStart().StartsWith("at ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Launcher.BuildSh)]
    [InlineData(Launcher.BuildPs1)]
    public async Task A_missing_dotnet_exits_127_naming_it_and_DOTNET_EXE(Launcher launcher)
    {
        var launch = await repository.LaunchAsync(["--help"], launcher, dotnet: "/nonexistent/dotnet");

        Assert.Equal(127, launch.ExitCode);
        var error = Assert.Single(launch.Error);
        Assert.StartsWith("error: '/nonexistent/dotnet' not found.", error, StringComparison.Ordinal);
        Assert.Contains("DOTNET_EXE", error, StringComparison.Ordinal);
        Assert.Empty(launch.Output);
    }

    [Theory]
    [InlineData(Launcher.BuildSh)]
    [InlineData(Launcher.BuildPs1)]
    public async Task A_build_that_does_not_compile_exits_1_with_the_compiler_error_and_leaves_the_last_good_build(Launcher launcher)
    {
        var broken = repository["build/Build.Broken.cs"];
        File.WriteAllText(broken, "namespace Mlops.Build;\n\ninternal sealed partial class Build\n{\n    private int Broken => ;\n}\n");
        Launch launch;
        try
        {
            launch = await repository.LaunchAsync(["--help"], launcher);
        }
        finally
        {
            File.Delete(broken);
        }

        Assert.Equal(1, launch.ExitCode);
        Assert.Contains(launch.Error, line => line.Contains("Build.Broken.cs(5,", StringComparison.Ordinal) && line.Contains("error CS", StringComparison.Ordinal));
        Assert.Equal("error: the build project does not compile (see above).", launch.Error[^1]);
        Assert.Empty(launch.Output);
        // The failed compile left the previous assembly, current again once the bad file is gone.
        var next = await repository.LaunchAsync(["--help"], launcher, trace: true);
        Assert.True(next.ExitCode == 0, next.ToString());
        Assert.Equal(["launcher: build assembly is current; starting it directly"], next.Error);
    }

    // Each argument arrives as it was given: spaces, quotes, a dollar sign, non-ASCII text, an empty argument.
    [Theory]
    [InlineData(Launcher.BuildSh)]
    [InlineData(Launcher.BuildPs1)]
    public async Task Arguments_reach_the_build_unchanged_and_its_exit_code_comes_back(Launcher launcher)
    {
        const string Odd = "Rel ease 'one' \"two\" $HOME ü…";

        var configuration = await repository.LaunchAsync(["--configuration", Odd], launcher);
        var empty = await repository.LaunchAsync(["--train-data", ""], launcher);

        Assert.Equal(2, configuration.ExitCode);
        Assert.Equal([$"error: Parameter 'Configuration' (--configuration on the command line): '{Odd}' is not one of Debug, Release."], configuration.Error);
        Assert.Equal(2, empty.ExitCode);
        Assert.Equal(["error: Parameter 'TrainData' (--train-data on the command line): '' is not a path."], empty.Error);
    }

    // PowerShell 7.4 can turn a native command's failure into an exception; a user who sets that must still get the
    // build's own exit code and message, not a PowerShell error with exit 1.
    [Fact]
    public async Task In_a_PowerShell_session_that_stops_on_native_failures_the_build_exit_code_still_comes_back()
    {
        var launch = await repository.LaunchAsync(["Tset"], Launcher.BuildPs1,
            session: "$ErrorActionPreference = 'Stop'; $PSNativeCommandUseErrorActionPreference = $true");

        Assert.Equal(2, launch.ExitCode);
        Assert.Equal(["error: Unknown target 'Tset'. Did you mean: Test?"], launch.Error);
    }
}
