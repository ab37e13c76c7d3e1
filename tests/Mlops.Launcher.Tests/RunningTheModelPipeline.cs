using System.Runtime.Versioning;
using Mlops.Testing;

namespace Mlops.Launcher.Tests;

/// <summary>PullData → ValidateData → Train → Evaluate on the real data, through ./build.sh, as a user runs them.</summary>
[Collection(LaunchingTheCopy.Name)]
[UnsupportedOSPlatform("windows")]
public sealed class RunningTheModelPipeline(CopiedRepository repository)
{
    private static readonly string[] LocalData = ["data/adult", ".nuke/temp/data-cache"];

    [Fact]
    public async Task Evaluate_pulls_validates_trains_and_reports_then_everything_is_cached_and_a_config_change_reruns_only_train_and_evaluate()
    {
        var first = await repository.LaunchAsync(["Evaluate", "--data-remote", SharedAdultData.Folder, "--force"], onCi: false);

        Assert.True(first.ExitCode == 0, first.ToString());
        foreach (var made in new[] { "data/adult/train.csv", "artifacts/data/validation.md", "artifacts/model/lightgbm/model.zip",
            "artifacts/model/lightgbm/run.json", "artifacts/model/metrics.json", "artifacts/reports/evaluation.md", "artifacts/reports/roc.png",
            "artifacts/reports/precision-recall.png" })
        {
            Assert.True(File.Exists(repository[made]), $"{made} was not made");
        }

        var firstModel = File.ReadAllBytes(repository["artifacts/model/lightgbm/model.zip"]);
        var second = await repository.LaunchAsync(["Evaluate", "--data-remote", SharedAdultData.Folder], onCi: false);
        Assert.True(second.ExitCode == 0, second.ToString());
        foreach (var target in new[] { "PullData", "ValidateData", "Train", "Evaluate" })
        {
            Assert.Equal("Cached", StatusOf(second, target));
        }

        // A candidate since removed from the config: its old model must not be handed on as Train's output.
        Directory.CreateDirectory(repository["artifacts/model/retired"]);
        File.WriteAllText(repository["artifacts/model/retired/model.zip"], "an old model");
        var config = File.ReadAllText(repository["configs/training.json"]);
        File.WriteAllText(repository["configs/training.json"], config.Replace("\"NumberOfIterations\": 120", "\"NumberOfIterations\": 110", StringComparison.Ordinal));
        Launch third;
        try
        {
            third = await repository.LaunchAsync(["Evaluate", "--data-remote", SharedAdultData.Folder], onCi: false);
        }
        finally
        {
            File.WriteAllText(repository["configs/training.json"], config);
        }

        Assert.True(third.ExitCode == 0, third.ToString());
        Assert.Equal("Cached", StatusOf(third, "PullData"));
        Assert.Equal("Cached", StatusOf(third, "ValidateData"));
        Assert.Equal("Succeeded", StatusOf(third, "Train"));
        Assert.Equal("Succeeded", StatusOf(third, "Evaluate"));
        Assert.False(Directory.Exists(repository["artifacts/model/retired"]), "a retired candidate's model outlived a new training");

        // Byte-identical across processes, not only within one: the committed config again, trained by a new launch.
        var again = await repository.LaunchAsync(["Train", "--data-remote", SharedAdultData.Folder, "--force", "Train"], onCi: false);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(firstModel, File.ReadAllBytes(repository["artifacts/model/lightgbm/model.zip"]));
    }

    [Fact]
    public async Task A_file_whose_hash_does_not_match_fails_PullData_naming_file_and_hashes()
    {
        var remote = Directory.CreateTempSubdirectory("mlops-remote-");
        try
        {
            File.Copy(SharedAdultData.Test, Path.Combine(remote.FullName, "test.csv"));
            File.WriteAllText(Path.Combine(remote.FullName, "train.csv"), File.ReadAllText(SharedAdultData.Train).Replace("State-gov", "State-gow", StringComparison.Ordinal));
            // Nothing local to fall back on: no placed file, no cached content, so the remote is asked.
            foreach (var local in LocalData.Select(p => repository[p]).Where(Directory.Exists))
            {
                Directory.Delete(local, recursive: true);
            }

            var launch = await repository.LaunchAsync(["Evaluate", "--data-remote", remote.FullName], onCi: false);

            Assert.Equal(1, launch.ExitCode);
            Assert.Equal("Failed", StatusOf(launch, "PullData"));
            var text = launch.ToString();
            Assert.Contains("train.csv", text, StringComparison.Ordinal);
            Assert.Contains("f9d72da971b5", text, StringComparison.Ordinal); // the expected hash
            Assert.False(File.Exists(repository["data/adult/train.csv"]), "a file that failed its hash must not be placed");
        }
        finally
        {
            remote.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_failed_Train_leaves_no_model_metrics_or_report_of_an_earlier_run()
    {
        // What an earlier, successful run left.
        foreach (var earlier in new[] { "artifacts/model/lightgbm/model.zip", "artifacts/model/lightgbm/run.json", "artifacts/reports/evaluation.md" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(repository[earlier])!);
            File.WriteAllText(repository[earlier], "from an earlier run");
        }

        File.WriteAllText(repository["artifacts/model/metrics.json"], """{ "model": "lightgbm", "passed": true }""");
        var config = File.ReadAllText(repository["configs/training.json"]);
        File.WriteAllText(repository["configs/training.json"], config.Replace("\"LightGbm\"", "\"LightGmb\"", StringComparison.Ordinal));
        Launch launch;
        try
        {
            launch = await repository.LaunchAsync(["Train", "--train-data", SharedAdultData.Train, "--test-data", SharedAdultData.Test], onCi: false);
        }
        finally
        {
            File.WriteAllText(repository["configs/training.json"], config);
        }

        Assert.Equal(1, launch.ExitCode);
        Assert.Equal("Failed", StatusOf(launch, "Train"));
        Assert.Contains("LightGmb", launch.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(repository["artifacts/model"]), "a model or metrics.json of an earlier run outlived a failed Train");
        Assert.False(Directory.Exists(repository["artifacts/reports"]), "an earlier run's report outlived a failed Train");
    }

    public static TheoryData<string, string> DamagedData => new()
    {
        { "missing-column", "age" },
        { "renamed-column", "Age" },
        { "wrong-type", "age" },
        { "all-missing", "occupation" },
        { "truncated", "line 32562" },
        { "not-utf8", "line 100" },
        { "empty", "empty" },
        { "label-outside", "label" },
    };

    [Theory]
    [MemberData(nameof(DamagedData))]
    public async Task Damaged_training_data_fails_ValidateData_naming_file_and_column_or_row_and_leaves_no_model(string damage, string named)
    {
        var bad = Path.Combine(Path.GetTempPath(), $"mlops-{damage}-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(bad, Damage(damage, File.ReadAllBytes(SharedAdultData.Train)));
        try
        {
            var launch = await repository.LaunchAsync(["Evaluate", "--train-data", bad, "--test-data", SharedAdultData.Test], onCi: false);

            Assert.Equal(1, launch.ExitCode);
            Assert.Equal("Failed", StatusOf(launch, "ValidateData"));
            var text = launch.ToString();
            Assert.Contains(Path.GetFileName(bad), text, StringComparison.Ordinal);
            Assert.Contains(named, text, StringComparison.Ordinal);
            Assert.False(Directory.Exists(repository["artifacts/model"]), "no model or metrics may be left behind");
        }
        finally
        {
            File.Delete(bad);
        }
    }

    private static byte[] Damage(string damage, byte[] original)
    {
        var text = System.Text.Encoding.UTF8.GetString(original);
        var lines = text.TrimEnd('\n').Split('\n');
        switch (damage)
        {
            case "missing-column":
                return Join(lines.Select(l => l[(l.IndexOf(',', StringComparison.Ordinal) + 1)..]));
            case "renamed-column":
                lines[0] = "Age" + lines[0][3..];
                return Join(lines);
            case "wrong-type":
                lines[7] = "abc" + lines[7][lines[7].IndexOf(',', StringComparison.Ordinal)..];
                return Join(lines);
            case "all-missing":
                return Join(lines.Select((l, i) => i == 0 ? l : string.Join(',', l.Split(',').Select((f, c) => c == 6 ? "?" : f))));
            case "truncated":
                var cut = string.Join('\n', lines);
                return System.Text.Encoding.UTF8.GetBytes(cut[..(cut.Length - lines[^1].Length / 2)]);
            case "not-utf8":
                var bytes = Join(lines).ToList();
                var line100 = Nth(bytes, (byte)'\n', 99) + 1;
                bytes.Insert(line100 + 3, 0xE9);
                return [.. bytes];
            case "empty":
                return [];
            case "label-outside":
                lines[5] = lines[5][..^1] + "2";
                return Join(lines);
            default:
                throw new ArgumentException(damage, nameof(damage));
        }
    }

    private static byte[] Join(IEnumerable<string> lines) => System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");

    private static int Nth(List<byte> bytes, byte value, int n)
    {
        var seen = 0;
        for (var i = 0; i < bytes.Count; i++)
        {
            if (bytes[i] == value && seen++ == n - 1)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(n));
    }

    private static string StatusOf(Launch launch, string target) =>
        launch.Output.FirstOrDefault(l => l.StartsWith($"│ {target} ", StringComparison.Ordinal))?.Split('│', StringSplitOptions.TrimEntries)[2]
        ?? throw new Xunit.Sdk.XunitException($"No summary row for {target}:\n{launch}");
}
