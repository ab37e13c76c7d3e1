using Mlops.Testing;

namespace Mlops.Data.Tests;

public sealed class ReadingExpectationSuites : IDisposable
{
    private const string Label = """ "label": { "column": "y", "values": ["0", "1"] } """;

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_committed_Adult_suite_describes_every_column_of_the_data()
    {
        var suite = ExpectationSuite.Read(RepositoryRoot.File("data/adult.expectations.json"));

        Assert.Equal(File.ReadLines(SharedAdultData.Train).First().Split(','), suite.ColumnNames);
        Assert.Equal("?", suite.MissingMarker);
        Assert.Equal(("label", "1", new Bounds(0.2, 0.3)), (suite.Label.Column, suite.Label.Positive, suite.Label.PositiveFraction));
        Assert.Equal(["0", "1"], suite.Label.Values);
        Assert.Equal(["age", "fnlwgt", "education_num", "capital_gain", "capital_loss", "hours_per_week"],
            suite.Columns.Where(c => c.Type == ColumnType.Integer).Select(c => c.Name));
        Assert.Equal(["workclass", "occupation", "native_country"], suite.Columns.Where(c => c.MaxMissing > 0).Select(c => c.Name));
        Assert.Equal(41, suite.Columns.Single(c => c.Name == "native_country").Categories!.Count);
        Assert.Equal(0.1, suite.Drift!.ThresholdFor("age"));
        Assert.Equal(0.2, suite.Drift.ThresholdFor("fnlwgt"));
        Assert.NotNull(suite.TrainRows);
        Assert.NotNull(suite.TestRows);
        Assert.NotNull(suite.MaxDuplicateFraction);
    }

    [Fact]
    public void The_positive_label_value_defaults_to_the_last_value_and_missing_to_zero()
    {
        File.WriteAllText(_folder["s.json"], $$"""{ {{Label}}, "columns": { "x": { "type": "number" } } }""");

        var suite = ExpectationSuite.Read(_folder["s.json"]);

        Assert.Equal("1", suite.Label.Positive);
        Assert.Equal(0, suite.Columns[0].MaxMissing);
        Assert.Null(suite.Drift);
    }

    [Fact]
    public void Comments_trailing_commas_and_the_schema_field_are_allowed_as_in_every_project_json_file()
    {
        File.WriteAllText(_folder["s.json"], $$"""
            // Why these bounds: a comment, as the training and evaluation configs have.
            {
              "$schema": "../schemas/expectation-suite.schema.json",
              {{Label}}, /* the label */
              "columns": { "x": { "type": "number", }, },
            }
            """);

        var suite = ExpectationSuite.Read(_folder["s.json"]);

        Assert.Equal(["x", "y"], suite.ColumnNames);
    }

    public static TheoryData<string, string> Malformed() => new()
    {
        { $$"""{ {{Label}} }""", "line 1: missing required field $.columns." },
        { $$"""{ {{Label}}, "columns": {} }""", "field 'columns' must name at least one column." },
        { """{ "columns": { "x": { "type": "number" } } }""", "line 1: missing required field $.label." },
        { $$"""{ {{Label}}, "colums": {} }""", "line 1: unknown field $.colums. Did you mean: columns?" },
        { $$"""{ {{Label}}, "columns": { "x": { "type": "interger" } } }""", "field 'columns.x.type' must be integer, number or category, not 'interger'. Did you mean: integer?" },
        { $$"""{ {{Label}}, "columns": { "x": { "type": "number", "mni": 1 } } }""", "line 1: unknown field $.columns.x.mni. Did you mean: min, max?" },
        { $$"""{ {{Label}}, "columns": { "x": "number" } }""", "line 1: $.columns.x must be an object, not \"number\"." },
        { $$"""{ {{Label}}, "columns": { "x": { "type": "number" }, "x": { "type": "number" } } }""", "line 1: duplicate field $.columns.x." },
        { $$"""{ {{Label}}, "columns": { "c": { "type": "category" } } }""", "field 'columns.c.values' is required (an array)." },
        { $$"""{ {{Label}}, "columns": { "c": { "type": "category", "values": ["a", "a"] } } }""", "field 'columns.c.values[1]' repeats 'a'." },
        { $$"""{ {{Label}}, "missingMarker": "?", "columns": { "c": { "type": "category", "values": ["a", "?"] } } }""", "field 'columns.c.values' lists the missing marker '?', which means missing, not a category." },
        { $$"""{ {{Label}}, "columns": { "c": { "type": "category", "values": ["a"], "min": 0 } } }""", "field 'columns.c.min' only applies to integer and number columns." },
        { $$"""{ {{Label}}, "columns": { "x": { "type": "integer", "values": ["a"] } } }""", "field 'columns.x.values' only applies to category columns." },
        { $$"""{ {{Label}}, "columns": { "x": { "type": "integer", "min": 5, "max": 1 } } }""", "field 'columns.x.min' (5) is greater than max (1)." },
        { $$"""{ {{Label}}, "columns": { "x": { "type": "integer", "min": "zero" } } }""", "line 1: $.columns.x.min must be a number, not \"zero\"." },
        { $$"""{ {{Label}}, "columns": { "x": { "type": "integer", "maxMissing": 2 } } }""", "field 'columns.x.maxMissing' must be a fraction from 0 to 1, not 2." },
        { $$"""{ {{Label}}, "columns": { "y": { "type": "integer" } } }""", "field 'columns.y' is the label column: describe it under 'label' only." },
        { """{ "label": { "column": "y", "values": ["1"] }, "columns": { "x": { "type": "number" } } }""", "field 'label.values' must list at least two values." },
        { """{ "label": { "column": "y", "values": ["0", "1"], "positive": "yes" }, "columns": { "x": { "type": "number" } } }""", "field 'label.positive' 'yes' is not one of the values (0, 1)." },
        { """{ "label": { "column": "y", "values": ["0", "1"], "positiveFraction": { "max": 1.5 } }, "columns": { "x": { "type": "number" } } }""", "field 'label.positiveFraction.max' must be a fraction from 0 to 1, not 1.5." },
        { $$"""{ {{Label}}, "rows": { "train": {} }, "columns": { "x": { "type": "number" } } }""", "field 'rows.train' must give min, max or both." },
        { $$"""{ {{Label}}, "rows": { "train": { "min": -1 } }, "columns": { "x": { "type": "number" } } }""", "field 'rows.train.min' must not be negative, not -1." },
        { $$"""{ {{Label}}, "rows": { "validation": { "min": 1 } }, "columns": { "x": { "type": "number" } } }""", "line 1: unknown field $.rows.validation. Known: train, test." },
        { $$"""{ {{Label}}, "rows": { "train": { "min": 1 } }, "rows": { "train": { "min": 9 } }, "columns": { "x": { "type": "number" } } }""", "line 1: duplicate field $.rows." },
        { $$"""{ {{Label}}, "maxDuplicateFraction": 2, "columns": { "x": { "type": "number" } } }""", "field 'maxDuplicateFraction' must be a fraction from 0 to 1, not 2." },
        { $$"""{ {{Label}}, "drift": { "bins": 10 }, "columns": { "x": { "type": "number" } } }""", "line 1: missing required field $.drift.maxPsi." },
        { $$"""{ {{Label}}, "drift": { "maxPsi": 0 }, "columns": { "x": { "type": "number" } } }""", "field 'drift.maxPsi' must be greater than 0, not 0." },
        { $$"""{ {{Label}}, "drift": { "maxPsi": 0.1, "bins": 1 }, "columns": { "x": { "type": "number" } } }""", "field 'drift.bins' must be a whole number from 2 to 100, not 1." },
        { $$"""{ {{Label}}, "drift": { "maxPsi": 0.1, "features": { "xx": 0.2 } }, "columns": { "x": { "type": "number" } } }""", "field 'drift.features.xx' is not a column of the suite. Did you mean: x?" },
        { $$"""{ {{Label}}, "drift": { "maxPsi": 0.1, "features": { "x": "high" } }, "columns": { "x": { "type": "number" } } }""", "line 1: $.drift.features.x must be a number, not \"high\"." },
        { """{ "label": { "column": "y", "values": ["0", "1"] }, "columns": { "x": { "type": "number" } }""", "line 1: not valid JSON: " },
    };

    [Fact]
    public void A_suite_saved_with_a_byte_order_mark_is_read()
    {
        File.WriteAllText(_folder["adult.expectations.json"], $$"""{ {{Label}}, "columns": { "x": { "type": "number" } } }""",
            new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        Assert.Equal(["x", "y"], ExpectationSuite.Read(_folder["adult.expectations.json"]).ColumnNames);
    }

    [Theory]
    [MemberData(nameof(Malformed))]
    public void A_malformed_suite_is_one_line_naming_the_file_and_the_field(string json, string problem)
    {
        File.WriteAllText(_folder["adult.expectations.json"], json);

        var error = Assert.Throws<DataInputException>(() => ExpectationSuite.Read(_folder["adult.expectations.json"]));

        Assert.StartsWith($"{_folder["adult.expectations.json"]}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }
}
