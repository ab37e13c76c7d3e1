using System.Globalization;
using System.Text.RegularExpressions;
using Mlops.Testing;
using Mlops.Training;

namespace Mlops.Benchmarks.Tests;

/// <summary>The page of a real run: its shape and its quality figures, never its speed (that is the benchmark's to report).</summary>
public sealed partial class MeasuringTheModel(ModelBenchmarkRun run) : IClassFixture<ModelBenchmarkRun>
{
    private static readonly TrainingConfig Training = TrainingConfig.Read(Path.Combine(RepositoryRoot.Path, "configs", "training.json"));

    private MarkdownTable Candidates => MarkdownTable.Find(run.Page, "candidate");

    private MarkdownTable Goals => MarkdownTable.Find(run.Page, "goal");

    private IReadOnlyList<string> LightGbmRow => Candidates.Rows.Single(row => Candidates.Cell(row, "trainer") == "LightGbm");

    [GeneratedRegex(@"^yes \(`[0-9a-f]{12}`\)$")]
    private static partial Regex SameSha256Cell();

    [GeneratedRegex(@"^\d+\.\d\d s, \d+\.\d\d s$")]
    private static partial Regex TwoTrainingTimes();

    [GeneratedRegex(@"^\d+\.\d µs$")]
    private static partial Regex Microseconds();

    [GeneratedRegex(@"^[\d,]+ rows/s$")]
    private static partial Regex RowsPerSecond();

    private static double Number(string cell) => double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture);

    [Fact]
    public void The_page_has_a_title_and_a_row_per_candidate_of_the_training_config_in_its_order()
    {
        Assert.StartsWith("# Model\n", run.Page, StringComparison.Ordinal);
        Assert.Equal(
            ["candidate", "trainer", "training (run 1, run 2)", "same sha256", "accuracy", "AUC", "F1", "latency median", "latency p99", "batch scoring"],
            Candidates.Header);
        Assert.Equal(Training.Candidates.Select(c => $"`{c.Name}`"), Candidates.Rows.Select(row => row[0]));
        Assert.Equal(Training.Candidates.Select(c => c.Trainer), Candidates.Rows.Select(row => Candidates.Cell(row, "trainer")));
    }

    [Fact]
    public void Every_candidate_trained_twice_gives_the_same_sha256()
    {
        Assert.All(Candidates.Rows, row => Assert.Matches(SameSha256Cell(), Candidates.Cell(row, "same sha256")));
        var goal = Assert.Single(Goals.Rows, row => row[0] == "same sha256 twice (every candidate)");
        Assert.Equal([$"{Training.Candidates.Count} of {Training.Candidates.Count} candidates", "yes"], goal.Skip(1));
    }

    [Fact]
    public void Accuracy_auc_and_f1_are_numbers_between_zero_and_one()
    {
        foreach (var row in Candidates.Rows)
        {
            foreach (var metric in new[] { "accuracy", "AUC", "F1" })
            {
                Assert.InRange(Number(Candidates.Cell(row, metric)), 0.0, 1.0);
            }
        }
    }

    [Fact]
    public void The_goal_table_has_the_four_goals_in_order()
    {
        Assert.Equal(["goal", "observed", "met"], Goals.Header);
        Assert.Equal(
            ["LightGbm accuracy ≥ 0.871", "LightGbm AUC ≥ 0.927", "LightGbm training ≤ 2 s", "same sha256 twice (every candidate)"],
            Goals.Rows.Select(row => row[0]));
        Assert.Equal(Goals.Rows.Select(row => row[0]), run.Report.Goals.Select(g => g.Goal));
        Assert.All(Goals.Rows, row => Assert.True(row[2] is "yes" or "**no**", row[2]));
    }

    [Fact]
    public void The_lightgbm_quality_goals_are_met_with_the_figures_of_its_row()
    {
        // Quality, unlike speed, is fixed by the seed and the data: the same model comes out on every machine.
        var accuracy = Goals.Rows.Single(row => row[0].StartsWith("LightGbm accuracy", StringComparison.Ordinal));
        var auc = Goals.Rows.Single(row => row[0].StartsWith("LightGbm AUC", StringComparison.Ordinal));

        Assert.Equal([Candidates.Cell(LightGbmRow, "accuracy"), "yes"], accuracy.Skip(1));
        Assert.Equal([Candidates.Cell(LightGbmRow, "AUC"), "yes"], auc.Skip(1));
        Assert.True(Number(accuracy[1]) >= ModelBenchmark.AccuracyGoal);
        Assert.True(Number(auc[1]) >= ModelBenchmark.AucGoal);
    }

    [Fact]
    public void Speed_cells_are_reported_with_their_units()
    {
        foreach (var row in Candidates.Rows)
        {
            Assert.Matches(TwoTrainingTimes(), Candidates.Cell(row, "training (run 1, run 2)"));
            Assert.Matches(Microseconds(), Candidates.Cell(row, "latency median"));
            Assert.Matches(Microseconds(), Candidates.Cell(row, "latency p99"));
            Assert.Matches(RowsPerSecond(), Candidates.Cell(row, "batch scoring"));
        }

        var training = Goals.Rows.Single(row => row[0] == "LightGbm training ≤ 2 s");
        Assert.Matches(@"^\d+\.\d\d s \(slower of 2\)$", training[1]);
    }

    [Fact]
    public void The_description_says_what_was_measured_how_and_how_long_validation_took()
    {
        var description = run.Page.Split('\n')[2];

        Assert.Contains("trained twice on train.csv (32,561 rows)", description, StringComparison.Ordinal);
        Assert.Contains("on test.csv (16,281 rows) with configs/evaluation.json", description, StringComparison.Ordinal);
        Assert.Contains("2,000 predictions of one test.csv row each through the serving app's scorer (Mlops.Serving's ModelScorer: boosted trees scored directly, other models through ML.NET prediction engines), after 200 untimed ones", description, StringComparison.Ordinal);
        Assert.Contains("the median of 5 rounds after one untimed", description, StringComparison.Ordinal);
        Assert.Contains($"the machine has {Environment.ProcessorCount} logical processors", description, StringComparison.Ordinal);
        Assert.Matches(@"Validating train\.csv and test\.csv against data/adult\.expectations\.json \(Mlops\.Data's DatasetValidator\) took \d+\.\d\d s \(median of 3 runs; all \d+ expectations met\)\.$", description);
    }

    [Fact]
    public void Progress_reports_a_line_per_step_in_the_order_they_ran()
    {
        string[] names = [.. Training.Candidates.Select(c => c.Name)];
        string[] expected =
        [
            .. Enumerable.Range(1, 3).Select(n => $"Validating train.csv and test.csv against data/adult.expectations.json, run {n} of 3"),
            .. Training.Candidates.Select(c => $"Training {c.Name} ({c.Trainer}), run 1 of 2"),
            .. Training.Candidates.Reverse().Select(c => $"Training {c.Name} ({c.Trainer}), run 2 of 2"),
            $"Evaluating {names.Length} candidates on test.csv with configs/evaluation.json",
            .. names.SelectMany(name => new[]
            {
                $"Reading the rows of test.csv to score with {name}", $"Timing 2,000 single-row predictions of {name}", $"Timing batch scoring of 16,281 rows by {name}",
            }),
            "Writing the page",
        ];

        Assert.Equal(expected, run.Progress);
    }
}
