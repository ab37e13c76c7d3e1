using System.Runtime.Versioning;

namespace Mlops.Launcher.Tests;

/// <summary>The committed workflows against the build that generates them, as a user and CI meet it.</summary>
[Collection(LaunchingTheCopy.Name)]
[UnsupportedOSPlatform("windows")]
public sealed class CheckingWorkflows(CopiedRepository repository)
{
    private const string Workflow = ".github/workflows/ci.yml";
    private const string Promote = ".github/workflows/promote.yml";
    private const string Rollback = ".github/workflows/rollback.yml";

    [Fact]
    public async Task On_CI_Lint_fails_with_the_diff_when_a_committed_workflow_was_edited()
    {
        var launch = await WithEditedWorkflowAsync(() => repository.LaunchAsync(["Lint", "--skip"], onCi: true));

        Assert.Equal(1, launch.ExitCode);
        Assert.Contains(launch.Output, line => line == "-    timeout-minutes: 5");
        Assert.Contains(launch.Output, line => line == "+    timeout-minutes: 60");
        Assert.Contains(launch.Output, line => line.Contains($"{Workflow} differ(s) from what the build generates: run ./build.sh --generate-ci", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Generate_ci_puts_back_what_the_build_declares()
    {
        var original = File.ReadAllText(repository[Workflow]);

        var launch = await WithEditedWorkflowAsync(() => repository.LaunchAsync(["--generate-ci"], onCi: false), restore: false);

        Assert.True(launch.ExitCode == 0, launch.ToString());
        Assert.Equal([$"{Workflow}: written", $"{Promote}: up to date", $"{Rollback}: up to date"], launch.Output);
        Assert.Equal(original, File.ReadAllText(repository[Workflow]));
    }

    [Fact]
    public async Task The_committed_workflows_are_what_the_build_generates()
    {
        var launch = await repository.LaunchAsync(["--generate-ci"], onCi: false);

        Assert.Equal([$"{Workflow}: up to date", $"{Promote}: up to date", $"{Rollback}: up to date"], launch.Output);
    }

    private async Task<Launch> WithEditedWorkflowAsync(Func<Task<Launch>> launch, bool restore = true)
    {
        var path = repository[Workflow];
        var original = File.ReadAllText(path);
        File.WriteAllText(path, original.Replace("timeout-minutes: 60", "timeout-minutes: 5", StringComparison.Ordinal));
        try
        {
            return await launch();
        }
        finally
        {
            if (restore)
            {
                File.WriteAllText(path, original);
            }
        }
    }
}
