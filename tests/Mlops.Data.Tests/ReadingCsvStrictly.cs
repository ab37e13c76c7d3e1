using Mlops.Testing;

namespace Mlops.Data.Tests;

/// <summary>The CSV dialect (RFC 4180) read exactly: quotes, line ends and line numbers, and every flaw named.</summary>
public sealed class ReadingCsvStrictly : IDisposable
{
    private const string SuiteJson = """
        {
          "missingMarker": "?",
          "label": { "column": "y", "values": ["0", "1"] },
          "columns": {
            "x": { "type": "number", "min": 0, "max": 10 },
            "city": { "type": "category", "values": ["Paris", "New York, NY", "say \"hi\""] }
          }
        }
        """;

    private readonly TemporaryFolder _folder = new();
    private readonly ExpectationSuite _suite;

    public ReadingCsvStrictly()
    {
        File.WriteAllText(_folder["suite.json"], SuiteJson);
        _suite = ExpectationSuite.Read(_folder["suite.json"]);
        File.WriteAllText(_folder["test.csv"], "x,city,y\n1,Paris,0\n2,Paris,1\n");
    }

    public void Dispose() => _folder.Dispose();

    private ValidationReport ValidateTrain(string text)
    {
        File.WriteAllText(_folder["train.csv"], text);
        return new DatasetValidator(_suite).Validate(_folder["train.csv"], _folder["test.csv"]);
    }

    private static ExpectationResult Failed(ValidationReport report, string? column, string expectation) =>
        Assert.Single(report.Results, r => r.File == "train.csv" && r.Column == column && r.Expectation == expectation && !r.Passed);

    [Fact]
    public void Quoted_fields_with_commas_and_doubled_quotes_windows_line_ends_and_a_byte_order_mark_are_read_as_meant()
    {
        var report = ValidateTrain("\uFEFFx,city,y\r\n1.5,\"New York, NY\",1\r\n2e0,Paris,0\r\n3,\"say \"\"hi\"\"\",0\r\n");

        Assert.True(report.Passed, report.FailureSummary);
        var city = report.Profile.Files[0].Columns.Single(c => c.Column == "city");
        Assert.Equal([1, 1, 1], city.Categories!.Select(c => c.Count));
        Assert.Equal(6.5, report.Profile.Files[0].Columns.Single(c => c.Column == "x").Summary!.Mean * 3);
    }

    [Fact]
    public void A_quoted_field_over_two_lines_keeps_the_line_numbers_of_the_rows_after_it_right()
    {
        var report = ValidateTrain("x,city,y\n1,\"Par\nis\",0\nabc,Paris,1\n");

        Assert.Equal(["line 2: 'Par\\nis'"], Failed(report, "city", "categories").FirstOffendingRows);
        Assert.Equal(["line 4: 'abc'"], Failed(report, "x", "type").FirstOffendingRows);
    }

    [Theory]
    [InlineData("x,city,y\n1,Pa\"ris,0\n", "line 2: a quote inside an unquoted field")]
    [InlineData("x,city,y\n1,\"Paris\"x,0\n", "line 2: text after a closing quote")]
    [InlineData("x,city,y\n1,Paris,0\n2,\"Paris,0\n", "line 3: a quoted field that is never closed")]
    [InlineData("x,city,y\n1,Paris,0\n\n2,Paris,1\n", "line 3: 1 field instead of 3")]
    [InlineData("x,city,y\n1,Paris,0,\n", "line 2: 4 fields instead of 3")]
    public void A_malformed_row_is_named_by_its_line_and_the_other_rows_are_still_checked(string text, string problem)
    {
        var report = ValidateTrain(text);

        Assert.Equal([problem], Failed(report, null, "row shape").FirstOffendingRows);
        Assert.True(report.Results.Single(r => r.File == "train.csv" && r.Column == "x" && r.Expectation == "type").Passed);
    }

    [Theory]
    [InlineData(" 1")]
    [InlineData("1,5")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("0x1F")]
    [InlineData("")]
    public void Only_plain_finite_numbers_are_numbers(string value)
    {
        var report = ValidateTrain($"x,city,y\n\"{value}\",Paris,0\n");

        Assert.Equal([$"line 2: '{value}'"], Failed(report, "x", "type").FirstOffendingRows);
    }

    [Fact]
    public void A_header_row_without_data_rows_is_readable_and_the_label_balance_has_nothing_to_count()
    {
        var report = ValidateTrain("x,city,y\n");

        Assert.True(report.Results.Single(r => r.File == "train.csv" && r.Expectation == "readable").Passed);
        Assert.DoesNotContain(report.Results, r => r.Expectation == "label balance"); // the suite sets no balance
        Assert.True(report.Passed, report.FailureSummary);
    }

    [Fact]
    public void An_empty_first_line_is_unreadable()
    {
        var report = ValidateTrain("\nx,city,y\n1,Paris,0\n");

        Assert.Equal("train.csv has an empty first line where the header row belongs", Failed(report, null, "readable").Observed);
    }

    [Fact]
    public void A_header_whose_quote_is_never_closed_is_unreadable_rather_than_one_huge_column_name()
    {
        var report = ValidateTrain("x,\"city,y\n1,Paris,0\n2,Paris,1\n");

        Assert.Equal("train.csv has a header row (line 1) that cannot be read: a quoted field that is never closed",
            Failed(report, null, "readable").Observed);
    }

    [Fact]
    public void A_long_offending_value_is_cut_so_one_bad_field_cannot_flood_the_report()
    {
        var value = new string('z', 500);

        var report = ValidateTrain($"x,city,y\n1,{value},0\n");

        Assert.Equal([$"line 2: '{new string('z', 60)}…'"], Failed(report, "city", "categories").FirstOffendingRows);
    }

    [Fact]
    public void A_column_named_twice_in_the_header_is_named()
    {
        var report = ValidateTrain("x,city,y,x\n1,Paris,0,2\n");

        Assert.Equal("'x' appears 2 times", Failed(report, null, "header").Observed);
    }
}
