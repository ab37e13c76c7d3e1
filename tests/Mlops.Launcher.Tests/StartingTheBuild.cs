using System.Runtime.Versioning;

namespace Mlops.Launcher.Tests;

[Collection(LaunchingTheCopy.Name)]
[UnsupportedOSPlatform("windows")]
public sealed class StartingTheBuild(CopiedRepository repository)
{
    private const string Compiling = "launcher: compiling the build project";
    private const string Current = "launcher: build assembly is current; starting it directly";

    [Theory]
    [InlineData(Launcher.BuildSh)]
    [InlineData(Launcher.BuildPs1)]
    public void The_first_launch_compiles_the_build_then_lists_its_targets_and_parameters(Launcher launcher)
    {
        var launch = repository.FirstLaunch(launcher);

        Assert.True(launch.ExitCode == 0, launch.ToString());
        Assert.Equal([Compiling], launch.Error);
        Assert.Contains(launch.Output, line => line.TrimStart(' ', '*').StartsWith("Test ", StringComparison.Ordinal));
        Assert.Contains(launch.Output, line => line.TrimStart().StartsWith("Compile ", StringComparison.Ordinal));
        Assert.Contains(launch.Output, line => line.TrimStart().StartsWith("--configuration ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Launcher.BuildSh)]
    [InlineData(Launcher.BuildPs1)]
    public async Task A_second_launch_starts_the_compiled_build_directly(Launcher launcher)
    {
        var launch = await repository.LaunchAsync(["--help"], launcher, trace: true);

        Assert.True(launch.ExitCode == 0, launch.ToString());
        Assert.Equal([Current], launch.Error);
        Assert.Equal(repository.FirstLaunch(Launcher.BuildSh).Output, launch.Output);
    }

    [Theory]
    [InlineData(Launcher.BuildSh)]
    [InlineData(Launcher.BuildPs1)]
    public async Task A_library_source_newer_than_the_build_compiles_it_again(Launcher launcher)
    {
        var source = repository["src/Mlops.Processes/ProcessRunner.cs"];
        var launch = await WithNewerAsync(source, () => repository.LaunchAsync(["--help"], launcher, trace: true));

        Assert.True(launch.ExitCode == 0, launch.ToString());
        // Staleness is checked again under the compile lock, so the reason may be traced twice.
        Assert.Contains($"launcher: {source} is newer than the build assembly", launch.Error);
        Assert.Equal(Compiling, launch.Error[^1]);
        // The compile marked the assembly current, so with the source back in the past nothing is compiled.
        Assert.Equal([Current], (await repository.LaunchAsync(["--help"], launcher, trace: true)).Error);
    }

    // Hidden files count as build.sh's find and -nt see them: the settings dot-file (build.ps1 once could not read it,
    // and stopped) and a hidden source.
    [Theory]
    [InlineData(Launcher.BuildSh, ".editorconfig")]
    [InlineData(Launcher.BuildPs1, ".editorconfig")]
    [InlineData(Launcher.BuildSh, "src/Mlops.Processes/.hidden/settings.json")]
    [InlineData(Launcher.BuildPs1, "src/Mlops.Processes/.hidden/settings.json")]
    public async Task A_hidden_file_newer_than_the_build_compiles_it_again(Launcher launcher, string file)
    {
        var path = repository[file];
        var created = !File.Exists(path);
        if (created)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "{}\n");
        }

        Launch launch;
        try
        {
            launch = await WithNewerAsync(path, () => repository.LaunchAsync(["--help"], launcher, trace: true));
        }
        finally
        {
            if (created)
            {
                Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
            }
        }

        Assert.True(launch.ExitCode == 0, launch.ToString());
        var reported = file.StartsWith('.') ? file : path;
        Assert.Contains($"launcher: {reported} is newer than the build assembly", launch.Error);
        Assert.Equal(Compiling, launch.Error[^1]);
        Assert.Equal([Current], (await repository.LaunchAsync(["--help"], launcher, trace: true)).Error);
    }

    // Racing launches compile once: each finds the build stale, one compiles under the lock, and the others, waiting
    // for it, find the build current. build.sh's flock and build.ps1's unshared open are the same lock.
    [Theory]
    [InlineData(Launcher.BuildSh, Launcher.BuildSh)]
    [InlineData(Launcher.BuildPs1, Launcher.BuildPs1)]
    [InlineData(Launcher.BuildSh, Launcher.BuildPs1)]
    public async Task Launches_racing_on_a_stale_build_compile_it_once(Launcher first, Launcher second)
    {
        // global.json is not an MSBuild input, so the compile is short and the race is the launchers'.
        var settings = repository["global.json"];
        File.SetLastWriteTimeUtc(settings, DateTime.UtcNow);

        var launches = await Task.WhenAll(
            repository.LaunchAsync(["--help"], first, trace: true),
            repository.LaunchAsync(["--help"], second, trace: true));

        foreach (var launch in launches)
        {
            Assert.True(launch.ExitCode == 0, launch.ToString());
            Assert.Equal("launcher: global.json is newer than the build assembly", launch.Error[0]);
            Assert.Equal(repository.FirstLaunch(Launcher.BuildSh).Output, launch.Output);
        }

        Assert.Single(launches, launch => launch.Error.Contains(Compiling));
    }

    // Sets the file's time an hour ahead for one launch, then puts it back.
    private static async Task<Launch> WithNewerAsync(string path, Func<Task<Launch>> launch)
    {
        var original = File.GetLastWriteTimeUtc(path);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddHours(1));
        try
        {
            return await launch();
        }
        finally
        {
            File.SetLastWriteTimeUtc(path, original);
        }
    }
}
