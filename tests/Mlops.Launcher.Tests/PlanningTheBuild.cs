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
    public async Task Without_a_target_the_plan_is_the_default_targets_the_tests_and_the_model(Launcher launcher)
    {
        var launch = await repository.LaunchAsync(["--plan"], launcher);

        Assert.True(launch.ExitCode == 0, launch.ToString());
        Assert.Equal("Plan for Test, Evaluate:", launch.Output[0]);
        // Ties keep declaration order: the model's targets (Build.Model.cs) come before Test (Build.Test.cs).
        Assert.Equal(
        [
            .. TestPlan[..3],
            "4. PullData dependency of Evaluate",
            "5. ValidateData dependency of Train [after PullData]",
            "6. Train dependency of Evaluate [after PullData, ValidateData]",
            "7. Evaluate invoked [after PullData, Train]",
            "8. Test invoked [after Compile, Lint]",
        ], Steps(launch));
    }
}
