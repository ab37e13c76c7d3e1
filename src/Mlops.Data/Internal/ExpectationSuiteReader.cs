namespace Mlops.Data.Internal;

/// <summary>Reads the JSON of an <see cref="ExpectationSuite"/>, refusing anything that could not be meant, by field.</summary>
internal static class ExpectationSuiteReader
{
    private static readonly string[] TypeNames = ["integer", "number", "category"];

    public static ExpectationSuite Read(string path)
    {
        var json = JsonFields.Load(path);
        json.AllowOnly("description", "missingMarker", "rows", "maxDuplicateFraction", "label", "drift", "columns");
        var missingMarker = json.OptionalString("missingMarker");
        var columns = json.RequiredObject("columns").Fields().Select(c => ReadColumn(c.Name, c.Value.AsObject(), missingMarker)).ToList();
        if (columns.Count == 0)
        {
            throw json.Error("columns", "must name at least one column.");
        }

        var label = ReadLabel(json.RequiredObject("label"));
        if (columns.Any(c => c.Name == label.Column))
        {
            throw json.Error($"columns.{label.Column}", "is the label column: describe it under 'label' only.");
        }

        var rows = json.OptionalObject("rows");
        rows?.AllowOnly("train", "test");
        var duplicates = json.OptionalNumber("maxDuplicateFraction");
        if (duplicates is < 0 or > 1)
        {
            throw json.Error("maxDuplicateFraction", $"must be a fraction from 0 to 1, not {duplicates}.");
        }

        return new ExpectationSuite(
            json.OptionalString("description"),
            missingMarker,
            columns,
            label,
            ReadBounds(rows?.OptionalObject("train"), isFraction: false),
            ReadBounds(rows?.OptionalObject("test"), isFraction: false),
            duplicates,
            ReadDrift(json.OptionalObject("drift"), columns));
    }

    private static ColumnExpectation ReadColumn(string name, JsonFields column, string? missingMarker)
    {
        column.AllowOnly("type", "values", "min", "max", "maxMissing");
        var typeName = column.RequiredString("type");
        var type = Array.IndexOf(TypeNames, typeName) switch
        {
            0 => ColumnType.Integer,
            1 => ColumnType.Number,
            2 => ColumnType.Category,
            _ => throw column.Error("type", $"must be integer, number or category, not '{typeName}'{DidYouMean.For(typeName, TypeNames)}."),
        };
        var (min, max) = (column.OptionalNumber("min"), column.OptionalNumber("max"));
        IReadOnlyList<string>? values = null;
        if (type == ColumnType.Category)
        {
            values = column.RequiredStrings("values");
            if (min is not null || max is not null)
            {
                throw column.Error(min is not null ? "min" : "max", "only applies to integer and number columns.");
            }

            if (missingMarker is not null && values.Contains(missingMarker, StringComparer.Ordinal))
            {
                throw column.Error("values", $"lists the missing marker '{missingMarker}', which means missing, not a category.");
            }
        }
        else if (column.Has("values"))
        {
            throw column.Error("values", "only applies to category columns.");
        }

        if (min > max)
        {
            throw column.Error("min", $"({min}) is greater than max ({max}).");
        }

        var maxMissing = column.OptionalNumber("maxMissing") ?? 0;
        return maxMissing is >= 0 and <= 1
            ? new ColumnExpectation(name, type, values, min, max, maxMissing)
            : throw column.Error("maxMissing", $"must be a fraction from 0 to 1, not {maxMissing}.");
    }

    private static LabelExpectation ReadLabel(JsonFields label)
    {
        label.AllowOnly("column", "values", "positive", "positiveFraction");
        var values = label.RequiredStrings("values");
        if (values.Count < 2)
        {
            throw label.Error("values", "must list at least two values.");
        }

        var positive = label.OptionalString("positive") ?? values[^1];
        return values.Contains(positive, StringComparer.Ordinal)
            ? new LabelExpectation(label.RequiredString("column"), values, positive, ReadBounds(label.OptionalObject("positiveFraction"), isFraction: true))
            : throw label.Error("positive", $"'{positive}' is not one of the values ({string.Join(", ", values)}).");
    }

    private static DriftExpectation? ReadDrift(JsonFields? drift, List<ColumnExpectation> columns)
    {
        if (drift is null)
        {
            return null;
        }

        drift.AllowOnly("maxPsi", "bins", "features");
        var maxPsi = Positive(drift, "maxPsi", drift.OptionalNumber("maxPsi") ?? throw drift.Error("maxPsi", "is required (a number)."));
        var bins = drift.OptionalNumber("bins") ?? 10;
        if (bins is < 2 or > 100 || bins != Math.Floor(bins))
        {
            throw drift.Error("bins", $"must be a whole number from 2 to 100, not {bins}.");
        }

        var features = new Dictionary<string, double>(StringComparer.Ordinal);
        var names = columns.Select(c => c.Name).ToList();
        foreach (var (name, threshold) in drift.OptionalObject("features")?.Fields() ?? [])
        {
            if (!names.Contains(name, StringComparer.Ordinal))
            {
                throw drift.Error($"features.{name}", $"is not a column of the suite{DidYouMean.For(name, names)}.");
            }

            features[name] = Positive(drift, $"features.{name}", threshold.AsNumber());
        }

        return new DriftExpectation(maxPsi, features, (int)bins);
    }

    private static double Positive(JsonFields owner, string field, double value) =>
        value > 0 ? value : throw owner.Error(field, $"must be greater than 0, not {value}.");

    private static Bounds? ReadBounds(JsonFields? bounds, bool isFraction)
    {
        if (bounds is null)
        {
            return null;
        }

        bounds.AllowOnly("min", "max");
        var (min, max) = (bounds.OptionalNumber("min"), bounds.OptionalNumber("max"));
        if (min is null && max is null)
        {
            throw bounds.Error(null, "must give min, max or both.");
        }

        foreach (var (field, value) in new[] { ("min", min), ("max", max) })
        {
            if (value < 0 || (isFraction && value > 1))
            {
                throw bounds.Error(field, isFraction ? $"must be a fraction from 0 to 1, not {value}." : $"must not be negative, not {value}.");
            }
        }

        return min > max ? throw bounds.Error("min", $"({min}) is greater than max ({max}).") : new Bounds(min, max);
    }
}
