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
    public void A_secret_read_with_a_trailing_newline_is_masked_where_a_line_is_cut_from_it()
    {
        _run.Environment["REGISTRY_PASSWORD"] = "canary\n";

        _run.Run(new Leaky(), "Push");

        Assert.Equal(1, _run.ExitCode);
        // The summary's note is the failure's first line: "login failed for password canary", without the newline.
        Assert.DoesNotContain("canary", _run.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("canary", _run.JsonLog(), StringComparison.Ordinal);
        Assert.Contains("login failed for password ***", _run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_line_of_a_secret_of_several_lines_is_masked()
    {
        _run.Environment["REGISTRY_PASSWORD"] = "-----BEGIN KEY-----\nAAAAsecretline\n-----END KEY-----\n";

        _run.Run(new Leaky(), "Push");

        Assert.DoesNotContain("AAAAsecretline", _run.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("AAAAsecretline", _run.JsonLog(), StringComparison.Ordinal);
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
