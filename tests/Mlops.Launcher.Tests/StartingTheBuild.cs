using System.Runtime.Versioning;

namespace Mlops.Launcher.Tests;

[Collection(LaunchingTheCopy.Name)]
[UnsupportedOSPlatform("windows")]
public sealed class StartingTheBuild(CopiedRepository repository)
{
    private const string Compiling = "launcher: compiling the build project";
    private const string Current = "launcher: build assembly is current; starting it directly";

    [Fact]
    public void The_first_launch_compiles_the_build_then_lists_its_targets_and_parameters()
    {
        var launch = repository.FirstLaunch;

        Assert.True(launch.ExitCode == 0, launch.ToString());
        Assert.Contains(Compiling, launch.Error);
        Assert.Contains(launch.Output, line => line.TrimStart(' ', '*').StartsWith("Test ", StringComparison.Ordinal));
        Assert.Contains(launch.Output, line => line.TrimStart().StartsWith("Compile ", StringComparison.Ordinal));
        Assert.Contains(launch.Output, line => line.TrimStart().StartsWith("--configuration ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_second_launch_starts_the_compiled_build_directly()
    {
        var launch = await repository.LaunchAsync(["--help"], trace: true);

        Assert.True(launch.ExitCode == 0, launch.ToString());
        Assert.Equal([Current], launch.Error);
        Assert.Equal(repository.FirstLaunch.Output, launch.Output);
    }

    [Fact]
    public async Task A_library_source_newer_than_the_build_compiles_it_again()
    {
        var source = repository["src/Mlops.Processes/ProcessRunner.cs"];
        var original = File.GetLastWriteTimeUtc(source);
        File.SetLastWriteTimeUtc(source, DateTime.UtcNow.AddHours(1));
        Launch launch;
        try
        {
            launch = await repository.LaunchAsync(["--help"], trace: true);
        }
        finally
        {
            File.SetLastWriteTimeUtc(source, original);
        }

        Assert.True(launch.ExitCode == 0, launch.ToString());
        // Staleness is checked again under the compile lock, so the reason may be traced twice.
        Assert.Contains($"launcher: {source} is newer than the build assembly", launch.Error);
        Assert.Equal(Compiling, launch.Error[^1]);
        // The compile marked the assembly current, so with the source back in the past nothing is compiled.
        Assert.Equal([Current], (await repository.LaunchAsync(["--help"], trace: true)).Error);
    }
}
