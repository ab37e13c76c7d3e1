using System.Text.RegularExpressions;
using Mlops.Testing;

namespace Mlops.Launcher.Tests;

/// <summary>
/// build.ps1 must decide "stale or current" from the same files as build.sh, or Windows users rebuild differently.
/// The other launcher tests run both; these read the lists a run with few files would not tell apart.
/// </summary>
public sealed partial class MirroringTheLaunchers
{
    private readonly string _bash = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "build.sh"));
    private readonly string _powerShell = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "build.ps1"));
    private readonly string _ci = File.ReadAllText(Path.Combine(RepositoryRoot.Path, ".ci/run"));

    [GeneratedRegex(@"for file in ([^;]+); do")]
    private static partial Regex BashSettingFiles();

    [GeneratedRegex(@"foreach \(\$file in ([^)]+)\)")]
    private static partial Regex PowerShellSettingFiles();

    [GeneratedRegex(@"-name '(\*\.\w+)'")]
    private static partial Regex BashSourcePatterns();

    [GeneratedRegex(@"\$sources = ([^\n]+)")]
    private static partial Regex PowerShellSourcePatterns();

    [GeneratedRegex(@"\npowershell=(\S+)\n")]
    private static partial Regex PowerShellInstall();

    [GeneratedRegex(@"'(\*\.\w+)'")]
    private static partial Regex QuotedPattern();

    [Fact]
    public void Both_check_the_same_repository_wide_settings_files()
    {
        var bash = BashSettingFiles().Match(_bash).Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var powerShell = PowerShellSettingFiles().Match(_powerShell).Groups[1].Value.Split(',').Select(f => f.Trim().Trim('\''));

        Assert.Contains("global.json", bash);
        Assert.Contains("Directory.Build.props", bash);
        Assert.Equal(bash, powerShell);
    }

    [Fact]
    public void Both_look_at_the_same_source_name_patterns()
    {
        var bash = BashSourcePatterns().Matches(_bash).Select(m => m.Groups[1].Value);
        var includes = PowerShellSourcePatterns().Match(_powerShell).Groups[1].Value;
        var powerShell = QuotedPattern().Matches(includes).Select(m => m.Groups[1].Value);

        Assert.Equal(["*.cs", "*.csproj", "*.props", "*.targets", "*.json"], bash);
        Assert.Equal(bash, powerShell);
    }

    [Fact]
    public void Both_leave_out_build_output_and_say_the_same_things()
    {
        Assert.Contains(@"\( -name bin -o -name obj \) -prune", _bash, StringComparison.Ordinal);
        Assert.Contains("if ($entry.Name -ceq 'bin' -or $entry.Name -ceq 'obj'", _powerShell, StringComparison.Ordinal);
        foreach (var message in new[] { "compiling the build project", "build assembly is current; starting it directly", "exit 127", "exit 1" })
        {
            Assert.Contains(message, _bash, StringComparison.Ordinal);
            Assert.Contains(message, _powerShell, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void CI_installs_the_PowerShell_the_tests_run_build_ps1_with()
    {
        Assert.Equal(PowerShell7.Version, PowerShellInstall().Match(_ci).Groups[1].Value);
        Assert.Contains("dotnet tool install PowerShell --version \"$powershell\" --tool-path .nuke/temp/tools/pwsh", _ci, StringComparison.Ordinal);
        Assert.EndsWith("\n./build.sh Test\n", _ci, StringComparison.Ordinal);
    }
}
