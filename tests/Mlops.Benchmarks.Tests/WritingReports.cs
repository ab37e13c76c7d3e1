using Mlops.Testing;

namespace Mlops.Benchmarks.Tests;

public sealed class WritingReports : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static BenchmarkReport Launcher() => new BenchmarkReport("Launcher start-up", "Median wall time of --help.")
        .Columns("command", "median")
        .Row("`build.sh`", "120 ms")
        .Row("`dotnet run`", "1500 ms");

    [Fact]
    public void The_page_has_the_title_description_machine_and_a_table_row_per_command()
    {
        var page = Launcher().ToMarkdown("2 cores").Split('\n');

        Assert.Equal("# Launcher start-up", page[0]);
        Assert.Contains("Median wall time of --help.", page);
        Assert.Contains(page, line => line.StartsWith("Machine: 2 cores. Measured ", StringComparison.Ordinal) && line.EndsWith(" UTC.", StringComparison.Ordinal));
        var table = page.SkipWhile(line => !line.StartsWith('|')).TakeWhile(line => line.StartsWith('|')).ToList();
        Assert.Equal(["| command | median |", "|---|---|", "| `build.sh` | 120 ms |", "| `dotnet run` | 1500 ms |"], table);
    }

    [Fact]
    public void Goals_are_listed_with_what_was_observed_and_a_bold_no_when_missed()
    {
        var report = Launcher().Goal("launcher ≤ 0.10 × NUKE", met: true, "0.080").Goal("cold start ≤ 5 s", met: false, "7.2 s");

        var page = report.ToMarkdown("2 cores");

        Assert.Contains("| goal | observed | met |\n|---|---|---|\n", page, StringComparison.Ordinal);
        Assert.Contains("| launcher ≤ 0.10 × NUKE | 0.080 | yes |", page, StringComparison.Ordinal);
        Assert.Contains("| cold start ≤ 5 s | 7.2 s | **no** |", page, StringComparison.Ordinal);
        Assert.False(report.AllGoalsMet);
        Assert.Equal(2, report.Goals.Count);
    }

    [Fact]
    public void All_goals_are_met_when_each_is_met_and_a_report_without_goals_has_no_goal_table()
    {
        Assert.True(Launcher().Goal("fast", met: true, "yes").AllGoalsMet);
        Assert.True(Launcher().AllGoalsMet);
        Assert.DoesNotContain("| goal |", Launcher().ToMarkdown("m"), StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_creates_the_folders_replaces_an_old_page_and_leaves_no_temp_file()
    {
        var path = _folder["artifacts/benchmarks/launcher.md"];
        Launcher().WriteTo(path, "old machine");

        Launcher().WriteTo(path, "new machine");

        Assert.Contains("Machine: new machine.", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal([path], Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void Durations_are_shown_as_whole_milliseconds()
    {
        Assert.Equal("1235 ms", BenchmarkReport.Milliseconds(TimeSpan.FromMilliseconds(1234.6)));
    }
}
