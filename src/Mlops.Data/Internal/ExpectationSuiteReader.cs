using Mlops.Names;

namespace Mlops.Data.Internal;

/// <summary>Reads the JSON of an <see cref="ExpectationSuite"/>, refusing anything that could not be meant, by field.</summary>
internal static class ExpectationSuiteReader
{
    private static readonly string[] TypeNames = ["integer", "number", "category"];

    public static ExpectationSuite Read(string path)
    {
        var file = new DataInputFile(path);
        var json = file.Read<ExpectationSuiteJson>();
        var columns = json.Columns.Select(c => ReadColumn(file, c.Key, c.Value, json.MissingMarker)).ToList();
        if (columns.Count == 0)
        {
            throw file.Error("columns", "must name at least one column.");
        }

        var label = ReadLabel(file, json.Label);
        if (columns.Any(c => c.Name == label.Column))
        {
            throw file.Error($"columns.{label.Column}", "is the label column: describe it under 'label' only.");
        }

        if (json.MaxDuplicateFraction is < 0 or > 1)
        {
            throw file.Error("maxDuplicateFraction", $"must be a fraction from 0 to 1, not {json.MaxDuplicateFraction}.");
        }

        return new ExpectationSuite(
            json.Description,
            json.MissingMarker,
            columns,
            label,
            ReadBounds(file, "rows.train", json.Rows?.Train, isFraction: false),
            ReadBounds(file, "rows.test", json.Rows?.Test, isFraction: false),
            json.MaxDuplicateFraction,
            ReadDrift(file, json.Drift, columns));
    }

    private static ColumnExpectation ReadColumn(DataInputFile file, string name, ColumnJson column, string? missingMarker)
    {
        var field = $"columns.{name}";
        var type = Array.IndexOf(TypeNames, column.Type) switch
        {
            0 => ColumnType.Integer,
            1 => ColumnType.Number,
            2 => ColumnType.Category,
            _ => throw file.Error($"{field}.type", $"must be integer, number or category, not '{column.Type}'.{DidYouMean.For(column.Type, TypeNames, count: 1)}"),
        };
        IReadOnlyList<string>? values = null;
        if (type == ColumnType.Category)
        {
            values = file.Distinct($"{field}.values", column.Values ?? throw file.Error($"{field}.values", "is required (an array)."));
            if (column.Min is not null || column.Max is not null)
            {
                throw file.Error(column.Min is not null ? $"{field}.min" : $"{field}.max", "only applies to integer and number columns.");
            }

            if (missingMarker is not null && values.Contains(missingMarker, StringComparer.Ordinal))
            {
                throw file.Error($"{field}.values", $"lists the missing marker '{missingMarker}', which means missing, not a category.");
            }
        }
        else if (column.Values is not null)
        {
            throw file.Error($"{field}.values", "only applies to category columns.");
        }

        if (column.Min > column.Max)
        {
            throw file.Error($"{field}.min", $"({column.Min}) is greater than max ({column.Max}).");
        }

        var maxMissing = column.MaxMissing ?? 0;
        return maxMissing is >= 0 and <= 1
            ? new ColumnExpectation(name, type, values, column.Min, column.Max, maxMissing)
            : throw file.Error($"{field}.maxMissing", $"must be a fraction from 0 to 1, not {maxMissing}.");
    }

    private static LabelExpectation ReadLabel(DataInputFile file, LabelJson label)
    {
        var values = file.Distinct("label.values", label.Values);
        if (values.Count < 2)
        {
            throw file.Error("label.values", "must list at least two values.");
        }

        var positive = label.Positive ?? values[^1];
        return values.Contains(positive, StringComparer.Ordinal)
            ? new LabelExpectation(label.Column, values, positive, ReadBounds(file, "label.positiveFraction", label.PositiveFraction, isFraction: true))
            : throw file.Error("label.positive", $"'{positive}' is not one of the values ({string.Join(", ", values)}).");
    }

    private static DriftExpectation? ReadDrift(DataInputFile file, DriftJson? drift, List<ColumnExpectation> columns)
    {
        if (drift is null)
        {
            return null;
        }

        var maxPsi = Positive(file, "drift.maxPsi", drift.MaxPsi);
        var bins = drift.Bins ?? 10;
        if (bins is < 2 or > 100)
        {
            throw file.Error("drift.bins", $"must be a whole number from 2 to 100, not {bins}.");
        }

        var features = new Dictionary<string, double>(StringComparer.Ordinal);
        var names = columns.Select(c => c.Name).ToList();
        foreach (var (name, threshold) in drift.Features ?? [])
        {
            if (!names.Contains(name, StringComparer.Ordinal))
            {
                throw file.Error($"drift.features.{name}", $"is not a column of the suite.{DidYouMean.For(name, names, count: 1)}");
            }

            features[name] = Positive(file, $"drift.features.{name}", threshold);
        }

        return new DriftExpectation(maxPsi, features, bins);
    }

    private static double Positive(DataInputFile file, string field, double value) =>
        value > 0 ? value : throw file.Error(field, $"must be greater than 0, not {value}.");

    private static Bounds? ReadBounds(DataInputFile file, string field, BoundsJson? bounds, bool isFraction)
    {
        if (bounds is null)
        {
            return null;
        }

        var (min, max) = (bounds.Min, bounds.Max);
        if (min is null && max is null)
        {
            throw file.Error(field, "must give min, max or both.");
        }

        foreach (var (end, value) in new[] { ("min", min), ("max", max) })
        {
            if (value < 0 || (isFraction && value > 1))
            {
                throw file.Error($"{field}.{end}", isFraction ? $"must be a fraction from 0 to 1, not {value}." : $"must not be negative, not {value}.");
            }
        }

        return min > max ? throw file.Error($"{field}.min", $"({min}) is greater than max ({max}).") : new Bounds(min, max);
    }
}
