using System.Text.Json;
using Mlops.Testing;

namespace Mlops.Data.Tests;

/// <summary>The real Adult files against the repository's real suite.</summary>
public sealed class ValidatingTheRealData : IDisposable
{
    private readonly TemporaryFolder _output = new();
    private readonly ExpectationSuite _suite = ExpectationSuite.Read(RepositoryRoot.File("data/adult.expectations.json"));

    public void Dispose() => _output.Dispose();

    private ValidationReport Validate() => new DatasetValidator(_suite).Validate(SharedAdultData.Train, SharedAdultData.Test);

    [Fact]
    public void The_real_files_pass_every_expectation_and_every_expectation_is_listed()
    {
        var report = Validate();

        Assert.True(report.Passed, report.FailureSummary);
        Assert.Equal("", report.FailureSummary);
        Assert.All(report.Results, r => Assert.True(r.Passed && r.Evaluated, r.ToString()));
        // Per file: readable, header, row shape, row count, duplicates; 3 per numeric column, 2 per category, 2 for the label.
        Assert.Equal(2 * (5 + (6 * 3) + (8 * 2) + 2) + 14, report.Results.Count);
        foreach (var file in new[] { "train.csv", "test.csv" })
        {
            Assert.Equal(_suite.ColumnNames, report.Results.Where(r => r.File == file && r.Column is not null && r.Expectation != "drift")
                .Select(r => r.Column).Distinct());
        }

        Assert.Equal(_suite.Columns.Select(c => c.Name), report.Results.Where(r => r.Expectation == "drift").Select(r => r.Column));
    }

    [Fact]
    public void The_observed_figures_are_the_real_ones()
    {
        var report = Validate();

        string Observed(string file, string? column, string expectation) =>
            report.Results.Single(r => r.File == file && r.Column == column && r.Expectation == expectation).Observed;
        Assert.Equal("32561 rows", Observed("train.csv", null, "row count"));
        Assert.Equal("16281 rows", Observed("test.csv", null, "row count"));
        Assert.Equal("5.64 % (1836 of 32561)", Observed("train.csv", "workclass", "missing"));
        Assert.Equal("0.2408 (7841 of 32561 rows)", Observed("train.csv", "label", "label balance"));
        Assert.Equal("0.2362 (3846 of 16281 rows)", Observed("test.csv", "label", "label balance"));
        Assert.Equal("0.07 % (24 of 32561 rows repeat an earlier row)", Observed("train.csv", null, "duplicates"));
        Assert.Equal("min 17, max 90", Observed("train.csv", "age", "range"));
        // 4,262 missing cells in train and 2,203 in test, as the data's README says.
        Assert.Equal(4262, report.Profile.Files[0].Columns.Sum(c => c.Missing));
        Assert.Equal(2203, report.Profile.Files[1].Columns.Sum(c => c.Missing));
    }

    [Fact]
    public void The_report_is_written_as_markdown_json_and_a_profile()
    {
        var report = Validate();

        report.WriteTo(_output["reports/data"]);

        Assert.Equal(["profile.json", "validation.json", "validation.md"], _output.Files("reports/data"));
        var markdown = File.ReadAllLines(_output["reports/data/validation.md"]);
        Assert.Equal("# Data validation: passed", markdown[0]);
        Assert.Contains("| expectation | file | column | expected | observed | result |", markdown);
        Assert.Equal(report.Results.Count, markdown.Count(l => l.EndsWith("| pass |", StringComparison.Ordinal)));
        Assert.Contains("| missing | train.csv | workclass | at most 7 % missing ('?') | 5.64 % (1836 of 32561) | pass |", markdown);
        using var validation = JsonDocument.Parse(File.ReadAllText(_output["reports/data/validation.json"]));
        Assert.True(validation.RootElement.GetProperty("passed").GetBoolean());
        Assert.Equal(report.Results.Count, validation.RootElement.GetProperty("results").GetArrayLength());
        Assert.DoesNotContain(_output.Files(), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void The_profile_holds_what_a_later_drift_check_needs()
    {
        var report = Validate();

        report.WriteTo(_output.Path);

        using var json = JsonDocument.Parse(File.ReadAllText(_output["profile.json"]));
        var train = json.RootElement.GetProperty("files")[0];
        Assert.Equal("train", train.GetProperty("role").GetString());
        var age = train.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("column").GetString() == "age");
        Assert.Equal("integer", age.GetProperty("type").GetString());
        Assert.Equal(17, age.GetProperty("summary").GetProperty("min").GetDouble());
        var bins = age.GetProperty("bins").EnumerateArray().ToList();
        Assert.Equal(10, bins.Count);
        Assert.Equal(1.0, bins.Sum(b => b.GetProperty("fraction").GetDouble()), 9);
        Assert.All(bins, b => Assert.InRange(b.GetProperty("fraction").GetDouble(), 0.05, 0.15)); // quantile bins are about equal
        var sex = report.Profile.Files[0].Columns.Single(c => c.Column == "sex");
        Assert.Equal(["Female", "Male"], sex.Categories!.Select(c => c.Value));
        Assert.Equal(14, report.Profile.Drift.Count);
        Assert.All(report.Profile.Drift, d => Assert.InRange(d.Psi, 0, d.Threshold));
        Assert.Equal(1e-4, json.RootElement.GetProperty("psiEpsilon").GetDouble());
    }

    [Fact]
    public void Capital_gain_mostly_zero_gets_merged_bins_rather_than_empty_ones()
    {
        var report = Validate();

        var gain = report.Profile.Files[0].Columns.Single(c => c.Column == "capital_gain");

        Assert.Equal([new BinShare(null, 0, 29849, 29849 / 32561.0), new BinShare(0, null, 2712, 2712 / 32561.0)], gain.Bins);
    }
}
