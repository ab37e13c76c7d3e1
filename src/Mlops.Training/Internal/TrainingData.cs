using Microsoft.ML;
using Microsoft.ML.Data;
using Mlops.Names;

namespace Mlops.Training.Internal;

/// <summary>
/// The training CSV, checked once before any candidate trains: every configured column is in the header, every
/// label is 0 or 1. Each candidate then loads it with its own MLContext: numeric columns as Single, categorical as
/// String, the label as Boolean ("0"/"1" parse as false/true), in header order, and nothing else.
/// </summary>
internal sealed class TrainingData
{
    private static readonly string[] LabelValues = ["0", "1", "false", "true"];

    private readonly TextLoader.Column[] _columns;

    private TrainingData(string path, TextLoader.Column[] columns, long rows)
    {
        Path = path;
        _columns = columns;
        Rows = rows;
    }

    public string Path { get; }

    /// <summary>Data rows, the header not counted.</summary>
    public long Rows { get; }

    public static TrainingData Open(string csv, TrainingConfig config, CancellationToken cancellation)
    {
        var header = CsvHeader.Read(csv);
        var kinds = new Dictionary<string, (DataKind Kind, string Field)>(StringComparer.Ordinal)
        {
            [config.Label] = (DataKind.Boolean, "label"),
        };
        foreach (var name in config.Features.Numeric)
        {
            kinds[name] = (DataKind.Single, "features.numeric");
        }

        foreach (var name in config.Features.Categorical)
        {
            kinds[name] = (DataKind.String, "features.categorical");
        }

        foreach (var (name, (_, field)) in kinds)
        {
            var count = header.Count(column => column == name);
            if (count != 1)
            {
                var what = field == "label" ? "label column" : "column";
                throw new TrainingInputException(count == 0
                    ? $"{csv}: {what} '{name}' ('{field}' in {config.Source}) is not in the header.{DidYouMean.OrKnown(name, header)}"
                    : $"{csv}: {what} '{name}' appears {count} times in the header.");
            }
        }

        TextLoader.Column[] columns =
        [
            .. header.Select((name, index) => (name, index))
                .Where(column => kinds.ContainsKey(column.name))
                .Select(column => new TextLoader.Column(column.name, kinds[column.name].Kind, column.index)),
        ];
        var labelIndex = Array.IndexOf([.. header], config.Label);
        return new TrainingData(csv, columns, CountRows(csv, config.Label, labelIndex, cancellation));
    }

    /// <summary>A loader of the configured columns, bound to the candidate's own MLContext.</summary>
    public IDataView Load(MLContext ml) => ml.Data.CreateTextLoader(Options(_columns)).Load(Path);

    /// <summary>One pass over the label as text: counts the rows and catches labels that would not load as Boolean.</summary>
    private static long CountRows(string csv, string label, int index, CancellationToken cancellation)
    {
        var ml = new MLContext();
        var view = ml.Data.CreateTextLoader(Options([new TextLoader.Column(label, DataKind.String, index)])).Load(csv);
        using var cursor = view.GetRowCursor(view.Schema);
        var getter = cursor.GetGetter<ReadOnlyMemory<char>>(view.Schema[label]);
        var value = default(ReadOnlyMemory<char>);
        long rows = 0;
        while (cursor.MoveNext())
        {
            rows++;
            if (rows % 4096 == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            getter(ref value);
            if (!IsLabel(value.Span.Trim()))
            {
                var text = value.Span.Trim().ToString();
                throw new TrainingInputException($"{csv}: label '{label}' is \"{text}\" in data row {rows}; expected 0 or 1.");
            }
        }

        return rows > 0 ? rows : throw new TrainingInputException($"{csv}: no data rows below the header.");
    }

    private static bool IsLabel(ReadOnlySpan<char> text)
    {
        foreach (var allowed in LabelValues)
        {
            if (text.Equals(allowed, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Read as evaluation and serving read it: quoted fields unquoted, so "Private" and Private are one category.</summary>
    private static TextLoader.Options Options(TextLoader.Column[] columns) =>
        new() { HasHeader = true, Separators = [','], AllowQuoting = true, Columns = columns };
}
