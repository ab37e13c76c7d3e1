using Serilog;

namespace Mlops.Targets.GitHubActions.Tests;

/// <summary>On a runner, secrets are registered with ::add-mask:: (one line each: the runner reads commands by line).</summary>
public sealed class MaskingSecrets : IDisposable
{
    private const string Token = "ghp_s3cr3t\"value";
    private readonly BuildRun _run = new();

    private sealed class Leaky : GitHubBuild
    {
        [Parameter("Registry password")]
        [Secret]
        public string? RegistryPassword { get; set; }

        public Target Push => _ => _.Executes(() =>
        {
            Log.Information("Logging in with {Password} to the registry", RegistryPassword);
            ReportOutcome($"pushed with {RegistryPassword}");
            throw new InvalidOperationException($"login failed for password {RegistryPassword}");
        });
    }

    public MaskingSecrets()
    {
        _run.Environment["GITHUB_ACTIONS"] = "true";
        _run.Environment["GITHUB_STEP_SUMMARY"] = _run.Root / "summary.md";
    }

    [Fact]
    public void A_secret_from_the_environment_is_masked_and_registered_with_GitHub_Actions()
    {
        _run.Environment["REGISTRY_PASSWORD"] = Token;

        _run.Run(new Leaky(), "Push");

        var lines = _run.Output.Split('\n');
        Assert.Equal($"::add-mask::{Token}", lines[0]);
        Assert.DoesNotContain("s3cr3t", string.Join('\n', lines.Skip(1)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_secret_with_a_trailing_newline_is_registered_as_its_line_and_masked_everywhere()
    {
        _run.Environment["REGISTRY_PASSWORD"] = "canary\n";

        _run.Run(new Leaky(), "Push");

        var lines = _run.Output.Split('\n');
        Assert.Equal("::add-mask::canary", lines[0]);
        Assert.DoesNotContain("canary", string.Join('\n', lines.Skip(1)), StringComparison.Ordinal);
        Assert.DoesNotContain("canary", File.ReadAllText(_run.Root / "summary.md"), StringComparison.Ordinal);
        Assert.DoesNotContain("canary", _run.JsonLog(), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_line_of_a_secret_of_several_lines_is_registered()
    {
        _run.Environment["REGISTRY_PASSWORD"] = "first-line\nsecond-line";

        _run.Run(new Leaky(), "Push");

        var lines = _run.Output.Split('\n');
        Assert.Equal(["::add-mask::first-line", "::add-mask::second-line"], lines[..2]);
        Assert.DoesNotContain("second-line", string.Join('\n', lines.Skip(2)), StringComparison.Ordinal);
    }

    public void Dispose() => _run.Dispose();
}
