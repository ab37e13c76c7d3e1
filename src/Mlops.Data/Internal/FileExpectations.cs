using Mlops.Names;

namespace Mlops.Data.Internal;

/// <summary>
/// Every expectation a suite sets for one file, checked against it: readable, header, row shape, row count,
/// duplicates, each column's type, range, categories and missing values, the label's values and balance.
/// </summary>
internal static class FileExpectations
{
    public const string Readable = "readable";

    public static List<ExpectationResult> Check(ExpectationSuite suite, FileData data)
    {
        var readable = new Check(Readable, null, "a UTF-8 CSV file with a header row",
            () => Outcome.Pass(Show.Count(data.Table!.Records.Count, "row", "rows") + " after the header"));
        if (data.Table is null)
        {
            return [readable.ToResult(data.Name, Outcome.Fail($"{data.Name} {data.Unreadable}")),
                .. Plan(suite, data).Select(c => c.NotEvaluated(data.Name, $"{data.Name} could not be read"))];
        }

        return [readable.Run(data.Name), .. Plan(suite, data).Select(c => c.Column is null || data.Scans.ContainsKey(c.Column)
            ? c.Run(data.Name)
            : c.NotEvaluated(data.Name, $"the header has no column '{c.Column}'"))];
    }

    private static IEnumerable<Check> Plan(ExpectationSuite suite, FileData data)
    {
        yield return new Check("header", null, $"the columns {string.Join(", ", suite.ColumnNames)}", () => Header(suite, data));
        yield return new Check("row shape", null, "as many fields as the header on every row", () => RowShape(data));
        if ((data.Role == "train" ? suite.TrainRows : suite.TestRows) is { } rows)
        {
            yield return new Check("row count", null, $"{rows} rows", () => RowCount(rows, data));
        }

        if (suite.MaxDuplicateFraction is { } maxDuplicates)
        {
            yield return new Check("duplicates", null, $"at most {Show.Percent(maxDuplicates)} duplicate rows", () => Duplicates(maxDuplicates, data));
        }

        foreach (var column in suite.Columns)
        {
            foreach (var check in ColumnChecks.For(column, suite.MissingMarker, () => data.Scans[column.Name]))
            {
                yield return check;
            }
        }

        foreach (var check in ColumnChecks.ForLabel(suite.Label, () => data.Scans[suite.Label.Column]))
        {
            yield return check;
        }
    }

    private static Outcome Header(ExpectationSuite suite, FileData data)
    {
        var header = data.Table!.Header;
        var missing = suite.ColumnNames.Where(c => !header.Contains(c, StringComparer.Ordinal)).ToList();
        var problems = missing.Select(c => $"missing '{c}'").ToList();
        problems.AddRange(header.Where(h => !suite.ColumnNames.Contains(h, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal)
            .Select(h => $"unexpected '{Show.Value(h)}'" + DidYouMean.For(h, missing.Count > 0 ? missing : suite.ColumnNames, count: 1) switch
            {
                "" => "",
                var hint => $".{hint}",
            }));
        problems.AddRange(header.GroupBy(h => h, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"'{Show.Value(g.Key)}' appears {g.Count()} times"));
        return problems.Count == 0 ? Outcome.Pass("as expected") : Outcome.Fail(string.Join("; ", problems));
    }

    private static Outcome RowShape(FileData data)
    {
        var table = data.Table!;
        var broken = new Offenders();
        foreach (var record in table.Records.Where(r => r.Problem is not null || r.Fields.Length != table.Header.Length))
        {
            var cut = record == table.Records[^1] && !table.EndsWithLineEnd ? ", the last line, which has no line end: truncated?" : "";
            broken.Add($"line {record.Line}: {record.Problem ?? $"{Show.Count(record.Fields.Length, "field", "fields")} instead of {table.Header.Length}"}{cut}");
        }

        return broken.Count == 0
            ? Outcome.Pass($"all {table.Records.Count} rows")
            : Outcome.Fail($"{Show.Count(broken.Count, "row does not", "rows do not")}", broken.First);
    }

    private static Outcome RowCount(Bounds rows, FileData data)
    {
        var count = data.Table!.Records.Count;
        var observed = Show.Count(count, "row", "rows");
        return rows.Contains(count) ? Outcome.Pass(observed) : Outcome.Fail(observed);
    }

    private static Outcome Duplicates(double maxFraction, FileData data)
    {
        var firstLine = new Dictionary<string, int>(data.WellFormed.Count, StringComparer.Ordinal);
        var repeats = new Offenders();
        foreach (var record in data.WellFormed)
        {
            if (!firstLine.TryAdd(record.Text, record.Line))
            {
                repeats.Add($"line {record.Line} repeats line {firstLine[record.Text]}");
            }
        }

        var rows = Math.Max(1, data.WellFormed.Count);
        var observed = $"{Show.Percent((double)repeats.Count / rows)} ({repeats.Count} of {data.WellFormed.Count} rows repeat an earlier row)";
        return (double)repeats.Count / rows <= maxFraction ? Outcome.Pass(observed) : Outcome.Fail(observed, repeats.First);
    }
}
