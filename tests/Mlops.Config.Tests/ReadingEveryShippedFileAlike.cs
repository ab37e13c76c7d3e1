using Mlops.Testing;

namespace Mlops.Config.Tests;

/// <summary>
/// The four shipped files, edited as a careless or hostile user would, are refused in the same words: one line naming
/// the file, the line and the field, "did you mean" in the one wording; and a comment is read alike in all four.
/// </summary>
public sealed class ReadingEveryShippedFileAlike : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [MemberData(nameof(ShippedFile.Kinds), MemberType = typeof(ShippedFile))]
    public void A_typo_in_a_top_level_field_is_one_line_naming_the_file_the_line_and_the_field_with_did_you_mean(string kind)
    {
        var file = ShippedFile.All[kind];
        var copy = _folder[Path.GetFileName(file.Path)];
        var (text, line) = file.WithLineAfterSchema($"  \"{file.Field.Typo}\": {file.Field.Value},");

        var message = file.Refused(copy, text);

        Assert.Equal($"{copy}: line {line}: unknown field $.{file.Field.Typo}. Did you mean: {file.Field.Name}?", message);
    }

    [Theory]
    [MemberData(nameof(ShippedFile.Kinds), MemberType = typeof(ShippedFile))]
    public void Comments_of_both_kinds_and_a_trailing_comma_are_read_in_every_file(string kind)
    {
        var file = ShippedFile.All[kind];
        var copy = _folder[Path.GetFileName(file.Path)];
        var (text, _) = file.WithLineAfterSchema("  // why a number is what it is\n  /* and a block comment */");
        var trailing = text.TrimEnd()[..^1].TrimEnd();
        File.WriteAllText(copy, $"{trailing},\n}}\n");

        file.Read(copy);
    }

    [Theory]
    [MemberData(nameof(ShippedFile.Kinds), MemberType = typeof(ShippedFile))]
    public void A_field_given_twice_is_named_with_its_line(string kind)
    {
        var file = ShippedFile.All[kind];
        var copy = _folder[Path.GetFileName(file.Path)];
        var (text, _) = file.WithLineAfterSchema($"  \"{file.Field.Name}\": {file.Field.Value},");

        var message = file.Refused(copy, text);

        Assert.Matches($@"^{System.Text.RegularExpressions.Regex.Escape(copy)}: line \d+: duplicate field \$\.{file.Field.Name}\.$", message);
    }

    [Theory]
    [MemberData(nameof(ShippedFile.Kinds), MemberType = typeof(ShippedFile))]
    public void A_value_of_the_wrong_type_is_named_with_its_line_and_what_was_wanted(string kind)
    {
        var file = ShippedFile.All[kind];
        var copy = _folder[Path.GetFileName(file.Path)];
        var (text, line) = file.WithLineAfterSchema($"  \"{file.Field.Name}\": {file.Field.WrongValue},");

        var message = file.Refused(copy, text);

        Assert.Equal($"{copy}: line {line}: $.{file.Field.Name} must be {file.Field.Expected}, not {file.Field.WrongValue}.", message);
    }

    [Theory]
    [MemberData(nameof(ShippedFile.Kinds), MemberType = typeof(ShippedFile))]
    public void A_byte_order_mark_is_read_in_every_file(string kind)
    {
        var file = ShippedFile.All[kind];
        var copy = _folder[Path.GetFileName(file.Path)];
        File.WriteAllText(copy, File.ReadAllText(file.FullPath), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        file.Read(copy);
    }

    [Theory]
    [MemberData(nameof(ShippedFile.Kinds), MemberType = typeof(ShippedFile))]
    public void Bad_json_names_the_file_and_the_line(string kind)
    {
        var file = ShippedFile.All[kind];
        var copy = _folder[Path.GetFileName(file.Path)];
        var (text, line) = file.WithLineAfterSchema("  \"oops\" 1,");

        var message = file.Refused(copy, text);

        Assert.StartsWith($"{copy}: line {line}: not valid JSON: ", message, StringComparison.Ordinal);
    }
}
