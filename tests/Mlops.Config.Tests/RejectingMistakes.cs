using Mlops.Testing;

namespace Mlops.Config.Tests;

/// <summary>Every mistake is one line naming the file, the line and the JSON path.</summary>
public sealed class RejectingMistakes : IDisposable
{
    private const string File = "configs/sample.json";

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void An_unknown_top_level_field_names_the_line_and_the_nearest_known_field()
    {
        var message = Rejected("{\n  \"label\": \"y\",\n  \"lable\": \"y\",\n  \"parts\": []\n}");

        Assert.Equal($"{File}: line 3: unknown field $.lable. Did you mean: label?", message);
    }

    [Fact]
    public void An_unknown_field_with_nothing_near_lists_the_known_ones_without_the_schema_field()
    {
        var message = Rejected("""{ "label": "y", "parts": [ { "name": "a", "trainer": "T", "zzz": 1 } ] }""");

        Assert.Equal($"{File}: line 1: unknown field $.parts[0].zzz. Known: name, trainer, weight.", message);
    }

    [Fact]
    public void A_mistyped_schema_field_is_offered_the_schema_field()
    {
        var message = Rejected("""{ "$shema": "x.json", "label": "y", "parts": [] }""");

        Assert.Equal($"{File}: line 1: unknown field $.$shema. Did you mean: $schema?", message);
    }

    [Fact]
    public void A_field_given_twice_is_named()
    {
        var message = Rejected("{ \"label\": \"y\",\n \"parts\": [],\n \"label\": \"z\" }");

        Assert.Equal($"{File}: line 3: duplicate field $.label.", message);
    }

    [Fact]
    public void A_key_given_twice_in_a_map_is_named()
    {
        var message = Rejected("""{ "label": "y", "limits": { "a": 1, "a": 2 }, "parts": [] }""");

        Assert.Equal($"{File}: line 1: duplicate field $.limits.a.", message);
    }

    [Theory]
    [InlineData("""{ "label": 3, "parts": [] }""", "$.label must be a non-empty string, not 3.")]
    [InlineData("""{ "label": "", "parts": [] }""", "$.label must be a non-empty string, not \"\".")]
    [InlineData("""{ "label": "  ", "parts": [] }""", "$.label must be a non-empty string, not \"  \".")]
    [InlineData("""{ "label": null, "parts": [] }""", "$.label must be a non-empty string, not null.")]
    [InlineData("""{ "label": "y", "seed": "42", "parts": [] }""", "$.seed must be a whole number, not \"42\".")]
    [InlineData("""{ "label": "y", "seed": 4.5, "parts": [] }""", "$.seed must be a whole number, not 4.5.")]
    [InlineData("""{ "label": "y", "parts": {} }""", "$.parts must be an array, not an object.")]
    [InlineData("""{ "label": "y", "parts": [ "a" ] }""", "$.parts[0] must be an object, not \"a\".")]
    [InlineData("""{ "label": "y", "limits": { "a": "high" }, "parts": [] }""", "$.limits.a must be a number, not \"high\".")]
    [InlineData("""[1, 2]""", "$ must be an object, not an array.")]
    [InlineData("""null""", "$ must be an object, not null.")]
    public void A_value_of_the_wrong_type_names_the_path_what_was_wanted_and_what_was_found(string json, string problem)
    {
        var message = Rejected(json);

        Assert.Equal($"{File}: line 1: {problem}", message);
    }

    [Fact]
    public void A_missing_required_field_is_named_with_its_path()
    {
        var message = Rejected("{ \"label\": \"y\",\n \"parts\": [ { \"name\": \"a\"\n } ] }");

        Assert.Equal($"{File}: line 3: missing required field $.parts[0].trainer.", message);
    }

    [Fact]
    public void Several_missing_required_fields_are_all_named()
    {
        var message = Rejected("{ }");

        Assert.Equal($"{File}: line 1: missing required fields $.label, $.parts.", message);
    }

    [Theory]
    [InlineData("{ \"label\": \"y\",\n \"parts\": [ ", 2)]
    [InlineData("{ \"label\": \"y\" \"parts\": [] }", 1)]
    [InlineData("", 1)]
    public void Bad_json_names_the_line(string json, int line)
    {
        var message = Rejected(json);

        Assert.StartsWith($"{File}: line {line}: not valid JSON: ", message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var path = _folder["nowhere/sample.json"];

        var error = Assert.Throws<ConfigFileException>(() => ConfigFile.Read<Sample>(path));

        Assert.Equal($"{path}: file not found.", error.Message);
    }

    [Fact]
    public void The_error_carries_the_file_the_path_and_the_line()
    {
        var error = Assert.Throws<ConfigFileException>(() => ConfigFile.Parse<Sample>("{\n\"label\": 3, \"parts\": [] }", File));

        Assert.Equal((File, "$.label", 2), (error.File, error.JsonPath, error.Line));
    }

    private static string Rejected(string json)
    {
        var error = Assert.Throws<ConfigFileException>(() => ConfigFile.Parse<Sample>(json, File));
        Assert.DoesNotContain('\n', error.Message);
        return error.Message;
    }
}
