namespace Mlops.Benchmarks.Tests;

/// <summary>A Markdown table of a page, found by its header row, as cells (the separator row left out).</summary>
internal sealed record MarkdownTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public static MarkdownTable Find(string page, string firstColumn)
    {
        var lines = page.Split('\n').Select(line => line.TrimEnd('\r')).ToList();
        var start = lines.FindIndex(line => line.StartsWith($"| {firstColumn} |", StringComparison.Ordinal));
        Assert.True(start >= 0, $"No table whose first column is '{firstColumn}' in:\n{page}");
        var table = lines.Skip(start).TakeWhile(line => line.StartsWith('|')).Select(Cells).ToList();
        return new MarkdownTable(table[0], table.Skip(2).ToList());
    }

    /// <summary>The cells of one row, by the column's name in the header.</summary>
    public string Cell(IReadOnlyList<string> row, string column)
    {
        var index = Header.ToList().IndexOf(column);
        Assert.True(index >= 0, $"No column '{column}' (columns: {string.Join(", ", Header)}).");
        return row[index];
    }

    private static IReadOnlyList<string> Cells(string line) => [.. line.Trim('|').Split('|').Select(cell => cell.Trim())];
}
