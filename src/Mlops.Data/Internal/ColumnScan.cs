using System.Globalization;
using System.Runtime.InteropServices;

namespace Mlops.Data.Internal;

/// <summary>
/// One column of one file, read once: how many values are missing, the numbers (numeric columns), how often each value
/// occurs (categorical columns), and the rows that break the column's type, range or categories.
/// </summary>
internal sealed class ColumnScan
{
    private readonly ColumnExpectation _column;
    private readonly string? _missingMarker;
    private readonly HashSet<string>? _listed;

    private ColumnScan(ColumnExpectation column, string? missingMarker)
    {
        (_column, _missingMarker) = (column, missingMarker);
        _listed = column.Categories?.ToHashSet(StringComparer.Ordinal);
    }

    public string Name => _column.Name;

    public ColumnType Type => _column.Type;

    public long Rows { get; private set; }

    public long Missing { get; private set; }

    public Offenders MissingRows { get; } = new();

    /// <summary>Every value that parsed as the column's type (numeric columns).</summary>
    public List<double> Numbers { get; } = [];

    /// <summary>How often each present value occurs (categorical columns and the label), listed or not.</summary>
    public Dictionary<string, long> Counts { get; } = new(StringComparer.Ordinal);

    public Offenders NotOfType { get; } = new();

    public Offenders OutOfRange { get; } = new();

    public Offenders NotListed { get; } = new();

    public bool AllMissing => Rows > 0 && Missing == Rows;

    public static ColumnScan Of(ColumnExpectation column, string? missingMarker) => new(column, missingMarker);

    /// <summary>The label: every value must be one of its values; the missing marker is not one of them.</summary>
    public static ColumnScan OfLabel(LabelExpectation label) =>
        new(new ColumnExpectation(label.Column, ColumnType.Category, label.Values, null, null, 0), missingMarker: null);

    public void Add(int line, string value)
    {
        Rows++;
        if (value == _missingMarker)
        {
            Missing++;
            MissingRows.Add(line, value);
        }
        else if (_listed is not null)
        {
            ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(Counts, value, out _);
            count++;
            if (!_listed.Contains(value))
            {
                NotListed.Add(line, value);
            }
        }
        else if (TryParse(Type, value, out var number))
        {
            Numbers.Add(number);
            if (number < _column.Min || number > _column.Max)
            {
                OutOfRange.Add(line, value);
            }
        }
        else
        {
            NotOfType.Add(line, value);
        }
    }

    private static bool TryParse(ColumnType type, string value, out double number)
    {
        // Strict: no surrounding spaces, no thousands separators; whole numbers for integer columns.
        if (type == ColumnType.Integer)
        {
            var parsed = long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole);
            number = whole;
            return parsed;
        }

        return double.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out number) && double.IsFinite(number);
    }
}
