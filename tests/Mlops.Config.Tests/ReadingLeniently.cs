using System.Text;
using Mlops.Testing;

namespace Mlops.Config.Tests;

/// <summary>What a person editing by hand may write: comments, trailing commas, a byte-order mark, "$schema".</summary>
public sealed class ReadingLeniently : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Comments_of_both_kinds_and_trailing_commas_are_allowed()
    {
        var path = _folder.Write("sample.json", """
            // Why these numbers: a line comment.
            {
              "label": "y", /* a block comment */
              "parts": [ { "name": "a", "trainer": "T", }, ],
            }
            """);

        var sample = ConfigFile.Read<Sample>(path);

        Assert.Equal("y", sample.Label);
        Assert.Equal("a", Assert.Single(sample.Parts).Name);
    }

    [Fact]
    public void A_byte_order_mark_is_not_bad_json()
    {
        var path = _folder["sample.json"];
        File.WriteAllText(path, """{ "label": "y", "parts": [] }""", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        Assert.Equal("y", ConfigFile.Read<Sample>(path).Label);
    }

    [Fact]
    public void The_schema_an_editor_reads_is_accepted_at_the_top_level_and_ignored()
    {
        var path = _folder.Write("sample.json", """{ "$schema": "../schemas/sample.schema.json", "label": "y", "parts": [] }""");

        Assert.Equal("y", ConfigFile.Read<Sample>(path).Label);
    }

    [Fact]
    public void Optional_fields_may_be_left_out_or_null()
    {
        var sample = ConfigFile.Parse<Sample>("""{ "label": "y", "seed": null, "parts": [] }""", "sample.json");

        Assert.Null(sample.Seed);
        Assert.Null(sample.Limits);
    }

    [Fact]
    public void Object_keys_keep_their_case_and_order()
    {
        var sample = ConfigFile.Parse<Sample>("""{ "label": "y", "limits": { "B": 1, "a": 2 }, "parts": [] }""", "sample.json");

        Assert.Equal(["B", "a"], sample.Limits!.Keys);
    }
}
