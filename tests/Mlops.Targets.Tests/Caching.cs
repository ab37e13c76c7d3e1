namespace Mlops.Targets.Tests;

public sealed class Caching : IDisposable
{
    private readonly BuildRun _run = new();

    private sealed class Trainable : RecordingBuild
    {
        [Parameter("Seed")]
        public int Seed { get; set; } = 1;

        [Parameter("Token")]
        [Secret]
        public string Token { get; set; } = "t0ken-value";

        public bool FailTraining { get; set; }

        /// <summary>What another build writes into the training data while this one trains.</summary>
        public string? DataWrittenMeanwhile { get; set; }

        public Target Train => _ => _
            .Inputs("configs/training.json", "data/**/*.csv")
            .Inputs(() => Seed)
            .Inputs(() => Token)
            .Produces("artifacts/model")
            .Executes(() =>
            {
                Note(nameof(Train));
                if (DataWrittenMeanwhile is not null)
                {
                    File.WriteAllText(RootDirectory / "data" / "adult" / "train.csv", DataWrittenMeanwhile);
                }

                if (FailTraining)
                {
                    throw new InvalidOperationException("diverged");
                }

                Directory.CreateDirectory(ArtifactsDirectory / "model");
                File.WriteAllText(ArtifactsDirectory / "model" / "model.zip", $"model from {File.ReadAllText(RootDirectory / "configs" / "training.json")}");
            });

        public Target Evaluate => _ => _
            .DependsOn(Train)
            .Inputs("artifacts/model/**")
            .Executes(() => Note(nameof(Evaluate)));
    }

    public Caching()
    {
        _run.WriteFile("configs/training.json", """{ "trainer": "LightGbm" }""");
        _run.WriteFile("data/adult/train.csv", "age,label\n30,1\n");
    }

    private Trainable RunAgain(params string[] args)
    {
        var build = new Trainable();
        _run.Run(build, args.Length == 0 ? ["Evaluate"] : args);
        Assert.Equal(0, _run.ExitCode);
        return build;
    }

    [Fact]
    public void The_second_run_with_unchanged_inputs_is_Cached_and_not_executed()
    {
        Assert.Equal(["Train", "Evaluate"], RunAgain().Ran);

        var second = RunAgain();

        Assert.Empty(second.Ran);
        Assert.Equal("Cached", _run.StatusOf("Train"));
        Assert.Equal("Cached", _run.StatusOf("Evaluate"));
    }

    [Fact]
    public void A_changed_input_file_reruns_the_target_and_says_which_changed()
    {
        RunAgain();
        _run.WriteFile("configs/training.json", """{ "trainer": "FastTree" }""");

        var build = RunAgain();

        Assert.Equal(["Train", "Evaluate"], build.Ran);
        Assert.Contains("inputs changed: configs/training.json", _run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_file_matching_an_input_glob_reruns_the_target()
    {
        RunAgain();
        _run.WriteFile("data/adult/test.csv", "age,label\n40,0\n");

        Assert.Equal(["Train"], RunAgain().Ran);
        Assert.Equal("Cached", _run.StatusOf("Evaluate")); // Train made the same model: Evaluate's inputs did not change
    }

    [Fact]
    public void A_changed_input_value_reruns_the_target()
    {
        RunAgain();

        Assert.Equal(["Train"], RunAgain("Evaluate", "--seed", "2").Ran);
        Assert.Contains("inputs changed: value Seed", _run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_output_reruns_the_target()
    {
        RunAgain();
        File.Delete(_run.Root / "artifacts" / "model" / "model.zip");

        Assert.Contains("Train", RunAgain().Ran);
        Assert.Contains("outputs missing or changed", _run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Force_alone_reruns_everything_and_force_with_names_only_those()
    {
        RunAgain();

        Assert.Equal(["Train", "Evaluate"], RunAgain("Evaluate", "--force").Ran);
        Assert.Equal(["Evaluate"], RunAgain("Evaluate", "--force", "evaluate").Ran);
    }

    [Fact]
    public void A_failed_run_leaves_no_cache_record()
    {
        RunAgain();
        _run.WriteFile("configs/training.json", """{ "trainer": "Broken" }""");
        _run.Run(new Trainable { FailTraining = true }, "Train");
        Assert.Equal(1, _run.ExitCode);
        _run.WriteFile("configs/training.json", """{ "trainer": "LightGbm" }""");

        Assert.Equal(["Train"], RunAgain("Train").Ran);
    }

    [Fact]
    public void A_cached_target_failing_before_any_record_exists_is_reported_failed()
    {
        _run.Run(new Trainable { FailTraining = true }, "Train");

        Assert.Equal(1, _run.ExitCode);
        Assert.Equal("Failed", _run.StatusOf("Train"));
        Assert.Contains("Build failed (Train)", _run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_input_changed_while_the_target_ran_is_named_in_a_warning_and_nothing_is_recorded()
    {
        _run.Run(new Trainable { DataWrittenMeanwhile = "age,label\n31,0\n" }, "Train");

        Assert.Equal(0, _run.ExitCode);
        Assert.Contains("Not cached: data/adult/train.csv changed while Train ran", _run.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(_run.Root / ".nuke" / "temp" / "cache" / "Train.json"));
        Assert.Equal(["Train"], RunAgain("Train").Ran);
        Assert.Contains("no earlier successful run", _run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cache_record_keeps_hashes_not_secret_values()
    {
        RunAgain();

        var record = File.ReadAllText(_run.Root / ".nuke" / "temp" / "cache" / "Train.json");
        Assert.Contains("configs/training.json", record, StringComparison.Ordinal);
        Assert.DoesNotContain("t0ken", record, StringComparison.Ordinal);
    }

    public void Dispose() => _run.Dispose();
}
