using Serilog;

namespace Mlops.Targets.Tests;

public sealed class Secrets : IDisposable
{
    private const string Token = "ghp_s3cr3t\"value";
    private readonly BuildRun _run = new();

    private sealed class Leaky : MlopsBuild
    {
        [Parameter("Registry password")]
        [Secret]
        public string? RegistryPassword { get; set; }

        public Target Push => _ => _.Executes(() =>
        {
            Log.Information("Logging in with {Password} to the registry", RegistryPassword);
            Log.Information($"Raw interpolation: {RegistryPassword}");
            ReportOutcome($"pushed with {RegistryPassword}");
            throw new InvalidOperationException($"login failed for password {RegistryPassword}");
        });
    }

    [Fact]
    public void A_secret_is_masked_on_the_console_in_the_summary_and_in_outcome_lines()
    {
        _run.Run(new Leaky(), "Push", "--registry-password", Token);

        Assert.Equal(1, _run.ExitCode);
        Assert.DoesNotContain("s3cr3t", _run.AllText, StringComparison.Ordinal);
        Assert.Contains("Logging in with *** to the registry", _run.Output, StringComparison.Ordinal);
        Assert.Contains("Raw interpolation: ***", _run.Output, StringComparison.Ordinal);
        Assert.Contains("login failed for password ***", _run.Output, StringComparison.Ordinal);
        Assert.Contains("pushed with ***", _run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_secret_is_masked_in_the_json_log_even_when_json_escaped()
    {
        _run.Run(new Leaky(), "Push", "--registry-password", Token);

        var log = _run.JsonLog();
        Assert.DoesNotContain("s3cr3t", log, StringComparison.Ordinal);
        Assert.Contains("***", log, StringComparison.Ordinal);
    }

    [Fact]
    public void A_secret_from_the_environment_is_masked_and_registered_with_GitHub_Actions()
    {
        _run.Environment["REGISTRY_PASSWORD"] = Token;
        _run.Environment["GITHUB_ACTIONS"] = "true";

        _run.Run(new Leaky(), "Push");

        var lines = _run.Output.Split('\n');
        Assert.Equal($"::add-mask::{Token}", lines[0]);
        Assert.DoesNotContain("s3cr3t", string.Join('\n', lines.Skip(1)), StringComparison.Ordinal);
    }

    [Fact]
    public void Help_says_a_secret_is_set_without_showing_it()
    {
        _run.Run(new Leaky(), "--help", "--registry-password", Token);

        Assert.Equal(0, _run.ExitCode);
        Assert.Contains("[secret] (set)", _run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", _run.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_secret_of_the_wrong_type_is_not_echoed_in_the_error()
    {
        _run.Run(new TypedSecret(), "Show", "--pin", "s3cr3t");

        Assert.Equal(2, _run.ExitCode);
        Assert.Contains("'***' is not a whole number", _run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", _run.Error, StringComparison.Ordinal);
    }

    private sealed class TypedSecret : MlopsBuild
    {
        [Parameter("PIN")]
        [Secret]
        public int Pin { get; set; }

        public Target Show => _ => _.Executes(() => Assert.Fail($"ran with {Pin}"));
    }

    public void Dispose() => _run.Dispose();
}
