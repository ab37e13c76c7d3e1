using System.Runtime.Versioning;

namespace Mlops.Launcher.Tests;

[Collection(LaunchingTheCopy.Name)]
[UnsupportedOSPlatform("windows")]
public sealed class PlanningTheBuild(CopiedRepository repository)
{
    private static readonly string[] TestPlan =
    [
        "1. Restore dependency of Compile",
        "2. Compile dependency of Test [after Restore]",
        "3. Lint dependency of Test [after Compile]",
        "4. Test invoked [after Compile, Lint]",
    ];

    // The plan's columns are padded; what matters is the order and the reasons.
    private static string[] Steps(Launch launch) =>
        [.. launch.Output.Where(line => char.IsDigit(line.TrimStart().FirstOrDefault()))
            .Select(line => string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries)))];

    [Theory]
    [InlineData(Launcher.BuildSh)]
    [InlineData(Launcher.BuildPs1)]
    public async Task The_plan_for_Test_lists_its_dependencies_first_with_why_each_runs(Launcher launcher)
    {
        var launch = await repository.LaunchAsync(["--plan", "Test"], launcher);

        Assert.True(launch.ExitCode == 0, launch.ToString());
        Assert.Equal(TestPlan, Steps(launch));
    }

    [Theory]
    [InlineData(Launcher.BuildSh)]
    [InlineData(Launcher.BuildPs1)]
    public async Task Without_a_target_the_plan_is_the_tests_and_the_whole_local_delivery(Launcher launcher)
    {
        var launch = await repository.LaunchAsync(["--plan"], launcher);

        Assert.True(launch.ExitCode == 0, launch.ToString());
        Assert.Equal("Plan for Test, BumpManifest, Promote:", launch.Output[0]);
        // Ties keep declaration order: Up (Build.Containers.cs) and the model's targets (Build.Model.cs) come before
        // Lint and Test where nothing orders them.
        Assert.Equal(
        [
            .. TestPlan[..2],
            "3. Up dependency of Docker",
            "4. Lint dependency of Test [after Compile]",
            "5. PullData dependency of Evaluate",
            "6. ValidateData dependency of Train [after PullData]",
            "7. Train dependency of Evaluate [after PullData, ValidateData]",
            "8. Evaluate dependency of Docker [after PullData, Train]",
            "9. Docker dependency of Push [after Up, Evaluate]",
            "10. Push dependency of BumpManifest [after Docker]",
            "11. BumpManifest invoked [after Push]",
            "12. Promote invoked [after BumpManifest]",
            "13. Test invoked [after Compile, Lint]",
        ], Steps(launch));
    }
}
