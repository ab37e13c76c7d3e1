using System.Diagnostics;

namespace Mlops.Linting.Tests;

[Collection(ActionLintInstallation.Collection)]
public sealed class Installing(ActionLintInstallation installation)
{
    [Fact]
    public void The_pinned_package_is_installed_into_the_tools_directory()
    {
        var manifest = File.ReadAllText(Path.Combine(installation.ToolsDirectory, "node_modules", "@tktco", "node-actionlint", "package.json"));

        Assert.True(File.Exists(installation.Script), installation.Script);
        Assert.StartsWith(installation.ToolsDirectory, installation.Script, StringComparison.Ordinal);
        Assert.EndsWith("node-actionlint.js", installation.Script, StringComparison.Ordinal);
        Assert.Contains($"\"version\": \"{ActionLint.Version}\"", manifest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_install_runs_no_program_and_returns_at_once()
    {
        // Neither program exists: if either were started, this would fail.
        var again = new ActionLint(installation.ToolsDirectory, node: "mlops-no-such-node", npm: "mlops-no-such-npm");
        var clock = Stopwatch.StartNew();

        var script = await again.EnsureInstalledAsync();

        Assert.Equal(installation.Script, script);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed}");
    }
}
