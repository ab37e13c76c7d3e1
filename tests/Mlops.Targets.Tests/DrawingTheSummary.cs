namespace Mlops.Targets.Tests;

/// <summary>The summary table at the end of every run: aligned rows, a long note wrapped inside its column, colours.</summary>
public sealed class DrawingTheSummary : IDisposable
{
    private const string LongNote = "the registry refused the push of sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef " +
        "because the repository mlops/adult-income does not exist and this token may not create it";

    private readonly BuildRun _run = new();

    private sealed class Pushing : MlopsBuild
    {
        public static Target Compile => _ => _.Executes(() => { });
        public static Target Push => _ => _.DependsOn(Compile).Executes(() => throw new InvalidOperationException(LongNote));
    }

    [Fact]
    public void Every_line_of_the_table_is_as_wide_as_the_first_and_a_long_note_wraps_within_100_columns()
    {
        _run.Run(new Pushing(), "Push");

        var table = _run.Output.Split('\n').SkipWhile(l => !l.StartsWith('╭')).TakeWhile(l => !l.StartsWith("Build", StringComparison.Ordinal))
            .Select(l => l.TrimEnd('\r')).ToList();
        Assert.All(table, line => Assert.Equal(table[0].Length, line.Length));
        Assert.InRange(table[0].Length, 60, 100);
        var pushRows = table.SkipWhile(l => !l.StartsWith("│ Push", StringComparison.Ordinal))
            .TakeWhile(l => l.Split('│')[1].Trim() is "Push" or "").Select(l => l.Split('│')[4].Trim()).Where(n => n.Length > 0).ToList();
        Assert.True(pushRows.Count > 1, string.Join('\n', table));
        Assert.Equal(LongNote.Replace(" ", "", StringComparison.Ordinal), string.Concat(pushRows).Replace(" ", "", StringComparison.Ordinal));
        Assert.Contains("because the repository", string.Join(' ', pushRows), StringComparison.Ordinal); // words stay whole
        Assert.Equal("Failed", _run.StatusOf("Push"));
        Assert.Contains("Build failed (Push) in ", _run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', _run.Output);
    }

    [Fact]
    public void On_a_console_that_shows_colours_the_statuses_and_the_verdict_are_coloured()
    {
        using var output = new StringWriter();
        var exitCode = MlopsBuild.Run(new Pushing(), ["Compile", "--root", _run.Root], new BuildConsole(output, TextWriter.Null, UseColors: true, Interactive: true),
            new Dictionary<string, string>());

        Assert.Equal(0, exitCode);
        Assert.Contains("│ \u001b[32mSucceeded\u001b[0m │", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("\u001b[32mBuild succeeded\u001b[0m in ", output.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _run.Dispose();
}
