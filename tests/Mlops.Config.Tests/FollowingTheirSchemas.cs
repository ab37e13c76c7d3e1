using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Mlops.Testing;

namespace Mlops.Config.Tests;

/// <summary>Every shipped JSON file names its schema, meets it, and the schema refuses what the reader refuses.</summary>
public sealed class FollowingTheirSchemas : IDisposable
{
    private static readonly ConcurrentDictionary<string, JsonSchema> Schemas = new(StringComparer.Ordinal);

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [MemberData(nameof(ShippedFile.Kinds), MemberType = typeof(ShippedFile))]
    public void The_shipped_file_names_its_schema_by_a_relative_path(string kind)
    {
        var file = ShippedFile.All[kind];

        var named = Parse(File.ReadAllText(file.FullPath)).GetProperty("$schema").GetString()!;

        Assert.Equal(
            Path.GetFullPath(RepositoryRoot.File(file.Schema)),
            Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file.FullPath)!, named)));
    }

    [Theory]
    [MemberData(nameof(ShippedFile.Kinds), MemberType = typeof(ShippedFile))]
    public void The_shipped_file_meets_its_schema_and_its_reader(string kind)
    {
        var file = ShippedFile.All[kind];

        var results = SchemaOf(file).Evaluate(Parse(File.ReadAllText(file.FullPath)), new EvaluationOptions { OutputFormat = OutputFormat.List });
        file.Read(file.FullPath);

        Assert.True(results.IsValid, string.Join("; ", (results.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Theory]
    [MemberData(nameof(ShippedFile.Kinds), MemberType = typeof(ShippedFile))]
    public void The_schema_knows_the_same_top_level_fields_as_the_reader(string kind)
    {
        var file = ShippedFile.All[kind];
        var (text, _) = file.WithLineAfterSchema("  \"qqqqqqqqqqqq\": 1,");

        var message = file.Refused(_folder["file.json"], text);
        var schemaFields = JsonNode.Parse(File.ReadAllText(RepositoryRoot.File(file.Schema)))!["properties"]!.AsObject()
            .Select(p => p.Key).Where(name => name != "$schema");

        Assert.EndsWith($"Known: {string.Join(", ", schemaFields)}.", message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ShippedFile.Kinds), MemberType = typeof(ShippedFile))]
    public void The_schema_refuses_an_unknown_field_as_the_reader_does(string kind)
    {
        var file = ShippedFile.All[kind];
        var (text, _) = file.WithLineAfterSchema($"  \"{file.Field.Typo}\": {file.Field.Value},");

        var message = file.Refused(_folder["file.json"], text);

        Assert.Contains($"unknown field $.{file.Field.Typo}.", message, StringComparison.Ordinal);
        Assert.False(SchemaOf(file).Evaluate(Parse(text)).IsValid);
    }

    [Theory]
    [MemberData(nameof(ShippedFile.Kinds), MemberType = typeof(ShippedFile))]
    public void The_schema_refuses_a_value_of_the_wrong_type_as_the_reader_does(string kind)
    {
        var file = ShippedFile.All[kind];
        var (text, _) = file.WithLineAfterSchema($"  \"{file.Field.Name}\": {file.Field.WrongValue},");

        var message = file.Refused(_folder["file.json"], text);

        Assert.Contains($"$.{file.Field.Name} must be {file.Field.Expected}", message, StringComparison.Ordinal);
        Assert.False(SchemaOf(file).Evaluate(Parse(text)).IsValid);
    }

    [Theory]
    [MemberData(nameof(ShippedFile.Kinds), MemberType = typeof(ShippedFile))]
    public void The_schema_refuses_a_missing_required_field_as_the_reader_does(string kind)
    {
        var file = ShippedFile.All[kind];
        var json = JsonNode.Parse(File.ReadAllText(file.FullPath), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!;
        var owner = file.Required.Object == "$" ? json.AsObject() : json[file.Required.Object]!.AsObject();
        Assert.True(owner.Remove(file.Required.Name));
        var text = json.ToJsonString();

        var message = file.Refused(_folder["file.json"], text);

        var path = file.Required.Object == "$" ? $"$.{file.Required.Name}" : $"$.{file.Required.Object}.{file.Required.Name}";
        Assert.Contains($"missing required field {path}.", message, StringComparison.Ordinal);
        Assert.False(SchemaOf(file).Evaluate(Parse(text)).IsValid);
    }

    private static JsonSchema SchemaOf(ShippedFile file) =>
        Schemas.GetOrAdd(file.Schema, schema => JsonSchema.FromFile(RepositoryRoot.File(schema)));

    /// <summary>The instance as an editor reads it: comments and trailing commas are not data.</summary>
    private static JsonElement Parse(string text)
    {
        using var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return document.RootElement.Clone();
    }
}
