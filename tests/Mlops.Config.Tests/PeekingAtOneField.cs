using System.Text;
using Mlops.Testing;

namespace Mlops.Config.Tests;

/// <summary>One string field read without binding the file, as the bound reader would read the text.</summary>
public sealed class PeekingAtOneField : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_string_at_a_path_is_read_through_comments_trailing_commas_and_a_byte_order_mark()
    {
        var path = _folder["evaluation.json"];
        File.WriteAllText(path, """
            // the production model's metrics
            { "champion": { "metrics": "k8s/metrics.json", /* compared on */ "metric": "auc", }, }
            """, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        Assert.Equal("k8s/metrics.json", ConfigFile.PeekString(path, "champion", "metrics"));
    }

    [Fact]
    public void A_field_absent_on_the_way_or_not_a_string_is_null()
    {
        var path = _folder.Write("evaluation.json", """{ "champion": { "metrics": 3 }, "label": "y" }""");

        Assert.Null(ConfigFile.PeekString(path, "champion", "metrics"));
        Assert.Null(ConfigFile.PeekString(path, "select", "metric"));
        Assert.Null(ConfigFile.PeekString(path, "label", "inner"));
        Assert.Equal("y", ConfigFile.PeekString(path, "label"));
    }

    [Fact]
    public void Text_that_is_not_json_or_a_missing_file_is_one_line_naming_the_file()
    {
        var broken = _folder.Write("broken.json", "{\n  \"champion\": {\n");

        var error = Assert.Throws<ConfigFileException>(() => ConfigFile.PeekString(broken, "champion", "metrics"));
        var missing = Assert.Throws<ConfigFileException>(() => ConfigFile.PeekString(_folder["missing.json"], "champion"));

        Assert.StartsWith($"{broken}: line 3: not valid JSON: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal($"{_folder["missing.json"]}: file not found.", missing.Message);
    }
}
