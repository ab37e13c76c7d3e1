namespace Mlops.Data.Tests;

/// <summary>Each kind of damage to a copy of the real train or test file fails, named by file and column or line.</summary>
public sealed class RejectingDamagedData : IDisposable
{
    private readonly AdultCopy _adult = new();

    public void Dispose() => _adult.Dispose();

    private static ExpectationResult Failed(ValidationReport report, string file, string? column, string expectation)
    {
        Assert.False(report.Passed);
        var result = Assert.Single(report.Results, r => r.File == file && r.Column == column && r.Expectation == expectation);
        Assert.False(result.Passed, result.ToString());
        Assert.Contains(result.ToString(), report.FailureSummary.Split('\n'));
        return result;
    }

    [Fact]
    public void A_missing_column_is_named_and_its_own_expectations_are_not_evaluated()
    {
        AdultCopy.EditLines(_adult.Train, (line, _) => string.Join(',', line.Split(',').Where((_, i) => i != 2)));

        var report = _adult.Validate();

        Assert.Equal("missing 'fnlwgt'", Failed(report, "train.csv", null, "header").Observed);
        var fnlwgt = report.Results.Where(r => r.File == "train.csv" && r.Column == "fnlwgt").ToList();
        Assert.Equal(["type", "range", "missing"], fnlwgt.Select(r => r.Expectation));
        Assert.All(fnlwgt, r => Assert.Equal("not evaluated: the header has no column 'fnlwgt'", r.Observed));
        Assert.False(report.Results.Single(r => r.Expectation == "drift" && r.Column == "fnlwgt").Evaluated);
        Assert.Contains("train.csv: 3 expectations not evaluated: the header has no column 'fnlwgt'", report.FailureSummary.Split('\n'));
        Assert.True(report.Results.Single(r => r.File == "train.csv" && r.Column == "age" && r.Expectation == "type").Passed);
    }

    [Fact]
    public void A_renamed_column_is_named_with_the_expected_name_it_probably_is()
    {
        AdultCopy.EditLines(_adult.Train, (line, i) => i == 0 ? line.Replace("age,", "Age,", StringComparison.Ordinal) : line);

        var report = _adult.Validate();

        Assert.Equal("missing 'age'; unexpected 'Age'. Did you mean: age?", Failed(report, "train.csv", null, "header").Observed);
    }

    [Fact]
    public void A_value_of_the_wrong_type_in_a_numeric_column_is_named_by_line_and_value()
    {
        AdultCopy.SetField(_adult.Train, 7, "age", "abc");
        AdultCopy.SetField(_adult.Train, 19, "age", "4.5");

        var report = _adult.Validate();

        Assert.Equal(
            "train.csv, column age: type: expected integer values, observed 2 of 32561 values are not integers (line 7: 'abc', line 19: '4.5')",
            Failed(report, "train.csv", "age", "type").ToString());
    }

    [Fact]
    public void An_all_missing_column_fails_its_missing_expectation()
    {
        AdultCopy.EditLines(_adult.Test, (line, i) => i == 0 ? line : AdultCopy.Replace(line, 6, "?"));

        var report = _adult.Validate();

        var missing = Failed(report, "test.csv", "occupation", "missing");
        Assert.Equal("all 16281 values are missing", missing.Observed);
        Assert.Equal(["line 2: '?'", "line 3: '?'", "line 4: '?'", "line 5: '?'", "line 6: '?'"], missing.FirstOffendingRows);
    }

    [Fact]
    public void A_truncated_last_line_is_named_by_its_line_number()
    {
        var text = File.ReadAllText(_adult.Train);
        File.WriteAllText(_adult.Train, text[..(text.TrimEnd('\n').LastIndexOf('\n') + 20)]);

        var report = _adult.Validate();

        var shape = Failed(report, "train.csv", null, "row shape");
        Assert.Equal("1 row does not", shape.Observed);
        Assert.Equal(["line 32562: 3 fields instead of 15, the last line, which has no line end: truncated?"], shape.FirstOffendingRows);
        Assert.True(report.Results.Single(r => r.File == "train.csv" && r.Column == "age" && r.Expectation == "type").Passed);
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_make_the_file_unreadable_named_by_line_and_the_rest_not_evaluated()
    {
        var bytes = File.ReadAllBytes(_adult.Train).ToList();
        var line100 = bytes.Select((b, i) => (b, i)).Where(p => p.b == '\n').Skip(98).First().i + 1;
        bytes.Insert(line100 + 3, 0xE9); // a Latin-1 'é'
        File.WriteAllBytes(_adult.Train, [.. bytes]);

        var report = _adult.Validate();

        var readable = Failed(report, "train.csv", null, "readable");
        Assert.Equal($"train.csv is not valid UTF-8: line 100 has the byte 0xE9 (file offset {line100 + 3})", readable.Observed);
        var others = report.Results.Where(r => r.File == "train.csv" && r != readable).ToList();
        Assert.Equal(40, others.Count);
        Assert.All(others, r => Assert.False(r.Evaluated));
        Assert.Contains("train.csv: 40 expectations not evaluated: train.csv could not be read", report.FailureSummary.Split('\n'));
        Assert.All(report.Results.Where(r => r.File == "test.csv" && r.Expectation != "drift"), r => Assert.True(r.Passed));
    }

    [Fact]
    public void An_empty_file_is_unreadable_and_named()
    {
        File.WriteAllText(_adult.Test, "");

        var report = _adult.Validate();

        Assert.Equal("test.csv is empty (not even a header row)", Failed(report, "test.csv", null, "readable").Observed);
        Assert.All(report.Results.Where(r => r.Expectation == "drift"), r => Assert.Equal("not evaluated: test.csv could not be read", r.Observed));
    }

    [Fact]
    public void A_label_outside_0_and_1_is_named_by_line_and_value()
    {
        AdultCopy.SetField(_adult.Test, 5, "label", "2");
        AdultCopy.SetField(_adult.Test, 9, "label", ">50K");

        var report = _adult.Validate();

        Assert.Equal(
            "test.csv, column label: label values: expected one of 0, 1 on every row, observed 2 of 16281 values are not 0 or 1 (line 5: '2', line 9: '>50K')",
            Failed(report, "test.csv", "label", "label values").ToString());
    }

    [Fact]
    public void A_category_not_in_the_suite_and_a_number_out_of_range_are_named()
    {
        AdultCopy.SetField(_adult.Train, 3, "workclass", "Privat");
        AdultCopy.SetField(_adult.Train, 4, "hours_per_week", "168");

        var report = _adult.Validate();

        Assert.Equal(["line 3: 'Privat'"], Failed(report, "train.csv", "workclass", "categories").FirstOffendingRows);
        var range = Failed(report, "train.csv", "hours_per_week", "range");
        Assert.Equal("1 value is outside (min 1, max 168)", range.Observed);
        Assert.Equal(["line 4: '168'"], range.FirstOffendingRows);
    }

    [Fact]
    public void Several_problems_at_once_are_all_listed()
    {
        AdultCopy.EditLines(_adult.Train, (line, i) => i == 0 ? line.Replace("age,", "Age,", StringComparison.Ordinal) : line);
        AdultCopy.SetField(_adult.Train, 7, "hours_per_week", "forty");
        AdultCopy.SetField(_adult.Test, 5, "label", "2");
        AdultCopy.EditLines(_adult.Test, (line, i) => i == 10 ? line + ",extra" : line);

        var report = _adult.Validate();

        var broken = report.FailureSummary.Split('\n');
        Assert.True(broken.Length == 6, report.FailureSummary);
        Assert.StartsWith("train.csv: header: ", broken[0], StringComparison.Ordinal);
        Assert.StartsWith("train.csv, column hours_per_week: type: ", broken[1], StringComparison.Ordinal);
        Assert.Equal("test.csv: row shape: expected as many fields as the header on every row, observed 1 row does not (line 11: 16 fields instead of 15)", broken[2]);
        Assert.StartsWith("test.csv, column label: label values: ", broken[3], StringComparison.Ordinal);
        Assert.Equal("train.csv: 3 expectations not evaluated: the header has no column 'age'", broken[4]);
        Assert.Equal("test.csv: 1 expectation not evaluated: train.csv has no column 'age'", broken[5]); // age's drift
    }

    [Fact]
    public void A_file_that_does_not_exist_is_named()
    {
        File.Delete(_adult.Test);

        var report = _adult.Validate();

        Assert.Equal("test.csv does not exist", Failed(report, "test.csv", null, "readable").Observed);
    }

    [Fact]
    public void A_directory_given_for_a_file_is_named_as_a_directory()
    {
        File.Delete(_adult.Test);
        Directory.CreateDirectory(_adult.Test);

        var report = _adult.Validate();

        Assert.Equal("test.csv is a directory, not a file", Failed(report, "test.csv", null, "readable").Observed);
    }
}
