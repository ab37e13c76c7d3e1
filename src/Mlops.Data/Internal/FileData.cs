namespace Mlops.Data.Internal;

/// <summary>
/// One data file read against a suite: the table (or why it cannot be read), where each expected column is, the rows
/// that are well formed, and a <see cref="ColumnScan"/> of every expected column that is present.
/// </summary>
internal sealed class FileData
{
    private FileData(string role, string path)
    {
        (Role, Path, Name) = (role, path, System.IO.Path.GetFileName(path));
    }

    /// <summary>"train" or "test".</summary>
    public string Role { get; }

    public string Path { get; }

    /// <summary>The file's name, as results and messages show it.</summary>
    public string Name { get; }

    public CsvTable? Table { get; private set; }

    public string Unreadable { get; private set; } = "";

    /// <summary>Rows with one field per header column and sound quoting; only these are checked further.</summary>
    public List<CsvRecord> WellFormed { get; } = [];

    /// <summary>Each expected column that the header has, by name.</summary>
    public Dictionary<string, ColumnScan> Scans { get; } = new(StringComparer.Ordinal);

    public static FileData Read(ExpectationSuite suite, string role, string path)
    {
        var data = new FileData(role, path) { Table = CsvTable.TryRead(path, out var unreadable) };
        data.Unreadable = unreadable;
        if (data.Table is not { } table)
        {
            return data;
        }

        data.WellFormed.AddRange(table.Records.Where(r => r.Problem is null && r.Fields.Length == table.Header.Length));
        var columns = new List<(int Index, ColumnScan Scan)>();
        foreach (var column in suite.Columns)
        {
            if (data.IndexOf(column.Name) is { } index)
            {
                columns.Add((index, data.Scans[column.Name] = ColumnScan.Of(column, suite.MissingMarker)));
            }
        }

        if (data.IndexOf(suite.Label.Column) is { } label)
        {
            columns.Add((label, data.Scans[suite.Label.Column] = ColumnScan.OfLabel(suite.Label)));
        }

        // Row by row rather than column by column: each row's fields are read while they are in the cache.
        foreach (var record in data.WellFormed)
        {
            foreach (var (index, scan) in columns)
            {
                scan.Add(record.Line, record.Fields[index]);
            }
        }

        return data;
    }

    private int? IndexOf(string column) => Array.IndexOf(Table!.Header, column) is var index and >= 0 ? index : null;
}
