using Mlops.Testing;

namespace Mlops.Data.Tests;

/// <summary>Row counts, label balance and duplicates within the suite's bounds.</summary>
public sealed class HoldingBounds : IDisposable
{
    private readonly AdultCopy _adult = new();

    public void Dispose() => _adult.Dispose();

    [Fact]
    public void Too_few_rows_fail_the_row_count_naming_the_file()
    {
        File.WriteAllLines(_adult.Train, File.ReadLines(SharedAdultData.Train).Take(1001));

        var report = _adult.Validate();

        var count = Assert.Single(report.Results, r => r.Expectation == "row count" && !r.Passed);
        Assert.Equal("train.csv: row count: expected from 30000 to 35000 rows, observed 1000 rows", count.ToString());
    }

    [Fact]
    public void Too_many_rows_fail_the_row_count_of_the_test_file()
    {
        File.AppendAllLines(_adult.Test, File.ReadLines(SharedAdultData.Test).Skip(1).Take(2000));

        var report = _adult.Validate();

        Assert.Equal("18281 rows", Assert.Single(report.Results, r => r.Expectation == "row count" && !r.Passed).Observed);
    }

    [Fact]
    public void A_label_balance_outside_the_bounds_fails_with_the_observed_fraction()
    {
        var lines = File.ReadAllLines(SharedAdultData.Train);
        var positives = lines.Skip(1).Where(l => l.EndsWith(",1", StringComparison.Ordinal)).ToList();
        var negatives = lines.Skip(1).Where(l => l.EndsWith(",0", StringComparison.Ordinal)).Take(positives.Count);
        File.WriteAllLines(_adult.Train, [lines[0], .. positives, .. negatives]);

        var report = _adult.Validate();

        var balance = Assert.Single(report.Results, r => r.Expectation == "label balance" && !r.Passed);
        Assert.Equal("train.csv, column label: label balance: expected a positive ('1') fraction from 0.2 to 0.3, observed 0.5000 (7841 of 15682 rows)",
            balance.ToString());
    }

    [Fact]
    public void Too_many_duplicate_rows_fail_naming_the_repeated_lines()
    {
        File.AppendAllLines(_adult.Train, File.ReadLines(SharedAdultData.Train).Skip(1).Take(100));

        var report = _adult.Validate();

        var duplicates = Assert.Single(report.Results, r => r.Expectation == "duplicates" && !r.Passed);
        Assert.Equal("0.38 % (124 of 32661 rows repeat an earlier row)", duplicates.Observed);
        Assert.Equal(5, duplicates.FirstOffendingRows.Count);
        Assert.All(duplicates.FirstOffendingRows, row => Assert.Matches("^line [0-9]+ repeats line [0-9]+$", row));
    }
}
