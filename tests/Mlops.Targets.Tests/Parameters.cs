using Mlops.Files;

namespace Mlops.Targets.Tests;

public sealed class Parameters : IDisposable
{
    private readonly BuildRun _run = new();

    internal enum Trainer
    {
        LightGbm,
        FastTree,
    }

    private sealed class Configurable : RecordingBuild
    {
        [Parameter("Data remote")]
        public string DataRemote { get; set; } = "default-remote";

        [Parameter("Retries")]
        public int Retries { get; set; } = 1;

        [Parameter("Trainer")]
        public Trainer Algorithm { get; set; } = Trainer.FastTree;

        [Parameter("Candidates")]
        public string[] Candidates { get; set; } = [];

        [Parameter("Publish the image")]
        public bool Publish { get; set; }

        [Parameter("Where the model goes")]
        public AbsolutePath? ModelDirectory { get; set; }

        [Parameter("Threshold")]
        public double Threshold { get; set; }

        [Parameter("Ports")]
        public int[] Ports { get; set; } = [];

        [Parameter("Rounds", Minimum = 1, Maximum = 100)]
        public int Rounds { get; set; } = 10;

        [Parameter("Share", Minimum = 0, Maximum = 1)]
        public double Share { get; set; } = 0.5;

        public Target Show => _ => _.Executes(() => Note(
            $"{DataRemote}|{Retries}|{Algorithm}|{string.Join(",", Candidates)}|{Publish}|{ModelDirectory}|{Threshold}|{string.Join(",", Ports)}"));
    }

    private static string Shown(Configurable build) => Assert.Single(build.Ran).ToString();

    [Fact]
    public void Members_keep_their_initial_values_when_no_source_names_them()
    {
        var build = new Configurable();

        _run.Run(build, "Show");

        Assert.Equal("default-remote|1|FastTree||False||0|", Shown(build));
    }

    [Fact]
    public void The_command_line_converts_each_type()
    {
        var build = new Configurable();

        _run.Run(build, "Show", "--data-remote", "s3://x", "--retries", "3", "--algorithm", "lightgbm", "--candidates", "base", "challenger",
            "--publish", "--model-directory", "models/m1", "--threshold", "0.85", "--ports", "80", "443");

        Assert.Equal(0, _run.ExitCode);
        var expectedPath = Path.GetFullPath("models/m1");
        Assert.Equal($"s3://x|3|LightGbm|base,challenger|True|{expectedPath}|0.85|80,443", Shown(build));
    }

    [Fact]
    public void Values_follow_the_precedence_command_line_environment_profiles_then_parameters_json()
    {
        _run.WriteFile(".nuke/parameters.json", """{ "DataRemote": "from-json", "Retries": 5, "Threshold": 0.5, "Candidates": ["a", "b"] }""");
        _run.WriteFile(".nuke/parameters.ci.json", """{ "Retries": 6, "Threshold": 0.6 }""");
        _run.WriteFile(".nuke/parameters.fast.json", """{ "Threshold": 0.7 }""");
        _run.Environment["DATA_REMOTE"] = "from-loose-env";
        _run.Environment["Algorithm"] = "LightGbm";

        var build = new Configurable();
        _run.Run(build, "Show", "--profile", "ci", "fast", "--retries", "9");

        // Retries: command line; DataRemote: environment by letters and digits; Threshold: later profile wins;
        // Candidates: parameters.json; Algorithm: environment by exact name.
        Assert.Equal("from-loose-env|9|LightGbm|a,b|False||0.7|", Shown(build));
    }

    [Fact]
    public void The_exact_environment_name_wins_over_a_loose_match()
    {
        _run.Environment["DataRemote"] = "exact";
        _run.Environment["DATA_REMOTE"] = "loose";

        var build = new Configurable();
        _run.Run(build, "Show");

        Assert.StartsWith("exact|", Shown(build), StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_environment_variable_counts_as_unset()
    {
        _run.WriteFile(".nuke/parameters.json", """{ "Retries": 4 }""");
        _run.Environment["RETRIES"] = "";
        _run.Environment["Publish"] = "";

        var build = new Configurable();
        _run.Run(build, "Show");

        Assert.Equal(0, _run.ExitCode);
        Assert.StartsWith("default-remote|4|FastTree||False|", Shown(build), StringComparison.Ordinal);
    }

    [Fact]
    public void Arrays_in_the_environment_are_split_on_spaces_and_commas()
    {
        _run.Environment["PORTS"] = "80, 443 8080";

        var build = new Configurable();
        _run.Run(build, "Show");

        Assert.EndsWith("|80,443,8080", Shown(build), StringComparison.Ordinal);
    }

    [Fact]
    public void Relative_paths_in_parameters_json_are_taken_from_the_root()
    {
        _run.WriteFile(".nuke/parameters.json", """{ "ModelDirectory": "../shared/models" }""");

        var build = new Configurable();
        _run.Run(build, "Show");

        Assert.Contains($"|{Path.GetFullPath(Path.Combine(_run.Root, "../shared/models"))}|", Shown(build), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--retries", "three", "Parameter 'Retries' (--retries on the command line): 'three' is not a whole number.")]
    [InlineData("--algorithm", "xgboost", "Parameter 'Algorithm' (--algorithm on the command line): 'xgboost' is not one of LightGbm, FastTree.")]
    [InlineData("--threshold", "high", "Parameter 'Threshold' (--threshold on the command line): 'high' is not a number.")]
    [InlineData("--publish", "maybe", "Unknown target 'maybe'.")]
    public void An_unparsable_value_is_one_line_naming_parameter_and_value(string option, string value, string expected)
    {
        var build = new Configurable();

        _run.Run(build, "Show", option, value);

        Assert.Equal(2, _run.ExitCode);
        Assert.StartsWith("error: " + expected, _run.Error.Trim(), StringComparison.Ordinal);
        Assert.Single(_run.Error.Trim().Split('\n'));
        Assert.Empty(build.Ran);
    }

    [Theory]
    [InlineData("--rounds", "0", "Parameter 'Rounds' (--rounds on the command line): 0 is less than 1, the least it takes.")]
    [InlineData("--rounds", "-3", "Parameter 'Rounds' (--rounds on the command line): -3 is less than 1, the least it takes.")]
    [InlineData("--rounds", "101", "Parameter 'Rounds' (--rounds on the command line): 101 is more than 100, the most it takes.")]
    [InlineData("--share", "1.5", "Parameter 'Share' (--share on the command line): 1.5 is more than 1, the most it takes.")]
    public void A_number_outside_its_declared_range_is_one_line_naming_parameter_and_bound(string option, string value, string expected)
    {
        var build = new Configurable();

        _run.Run(build, "Show", option, value);

        Assert.Equal(2, _run.ExitCode);
        Assert.Equal("error: " + expected, _run.Error.Trim());
        Assert.Empty(build.Ran);
    }

    [Fact]
    public void Numbers_on_their_bounds_are_taken_and_the_bounds_hold_for_the_environment_too()
    {
        var inRange = new Configurable();
        _run.Run(inRange, "Show", "--rounds", "1", "--share", "1");
        Assert.Equal(0, _run.ExitCode);
        Assert.Equal((1, 1.0), (inRange.Rounds, inRange.Share));

        using var second = new BuildRun();
        second.Environment["ROUNDS"] = "0";
        second.Run(new Configurable(), "Show");
        Assert.Equal(2, second.ExitCode);
        Assert.Contains("Parameter 'Rounds' (environment variable ROUNDS): 0 is less than 1, the least it takes.", second.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_environment_value_names_the_variable()
    {
        _run.Environment["RETRIES"] = "lots";

        _run.Run(new Configurable(), "Show");

        Assert.Contains("Parameter 'Retries' (environment variable RETRIES): 'lots' is not a whole number.", _run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_parameters_json_names_the_file_and_line()
    {
        _run.WriteFile(".nuke/parameters.json", "{\n  \"Retries\": 2,\n  \"DataRemote\": \n}");

        _run.Run(new Configurable(), "Show");

        Assert.Equal(2, _run.ExitCode);
        Assert.StartsWith("error: Malformed .nuke/parameters.json: line 4", _run.Error.Trim(), StringComparison.Ordinal);
        Assert.Single(_run.Error.Trim().Split('\n'));
    }

    [Fact]
    public void An_unknown_key_in_parameters_json_suggests_the_nearest_parameter()
    {
        _run.WriteFile(".nuke/parameters.json", """{ "DataRemot": "x" }""");

        _run.Run(new Configurable(), "Show");

        Assert.Contains("'DataRemot' is not a parameter of this build. Did you mean: DataRemote?", _run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_value_in_a_profile_names_the_file()
    {
        _run.WriteFile(".nuke/parameters.ci.json", """{ "Retries": "many" }""");

        _run.Run(new Configurable(), "Show", "--profile", "ci");

        Assert.Contains("Parameter 'Retries' ('Retries' in .nuke/parameters.ci.json): 'many' is not a whole number.", _run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_profile_file_is_an_error()
    {
        _run.Run(new Configurable(), "Show", "--profile", "nightly");

        Assert.Equal(2, _run.ExitCode);
        Assert.Contains("Profile 'nightly' needs .nuke/parameters.nightly.json, which does not exist.", _run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_suggests_the_nearest()
    {
        _run.Run(new Configurable(), "Show", "--retires", "2");

        Assert.Equal(2, _run.ExitCode);
        Assert.Contains("Unknown option '--retires'. Did you mean: --retries?", _run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scalar_given_two_values_leaves_the_second_as_a_target()
    {
        _run.Run(new Configurable(), "--retries", "2", "Show");

        Assert.Equal(0, _run.ExitCode);
    }

    public void Dispose() => _run.Dispose();
}
