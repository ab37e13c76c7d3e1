namespace Mlops.Data.Internal;

/// <summary>The expectations on one column: type, range, categories, missing values; for the label, values and balance.</summary>
internal static class ColumnChecks
{
    public static IEnumerable<Check> For(ColumnExpectation column, string? missingMarker, Func<ColumnScan> scan)
    {
        if (column.IsNumeric)
        {
            var kind = column.Type == ColumnType.Integer ? "integers" : "numbers";
            yield return new Check("type", column.Name, $"{column.Type.ToString().ToLowerInvariant()} values",
                () => Offending(scan().NotOfType, kind, scan()));
            if (column.Min is not null || column.Max is not null)
            {
                var range = new Bounds(column.Min, column.Max);
                yield return new Check("range", column.Name, $"values {range}", () => Range(scan()));
            }
        }
        else
        {
            yield return new Check("categories", column.Name, $"one of the {column.Categories!.Count} listed categories",
                () => Offending(scan().NotListed, "listed categories", scan()));
        }

        var marker = missingMarker is null ? "" : $" ('{missingMarker}')";
        yield return new Check("missing", column.Name, $"at most {Show.Percent(column.MaxMissing)} missing{marker}",
            () => Missing(column.MaxMissing, scan()));
    }

    public static IEnumerable<Check> ForLabel(LabelExpectation label, Func<ColumnScan> scan)
    {
        yield return new Check("label values", label.Column, $"one of {string.Join(", ", label.Values)} on every row",
            () => Offending(scan().NotListed, string.Join(" or ", label.Values), scan()));
        if (label.PositiveFraction is { } bounds)
        {
            yield return new Check("label balance", label.Column, $"a positive ('{label.Positive}') fraction {bounds}",
                () => Balance(label, bounds, scan()));
        }
    }

    /// <summary>"all 30725 values are listed categories" or "3 of 32561 values are not integers", with the first offenders.</summary>
    private static Outcome Offending(Offenders offenders, string what, ColumnScan scan)
    {
        var present = scan.Rows - scan.Missing;
        if (offenders.Count > 0)
        {
            return Outcome.Fail($"{offenders.Count} of {present} values are not {what}", offenders.First);
        }

        return Outcome.Pass(present == 0 ? "no values to check (all missing)" : $"all {present} values are {what}");
    }

    private static Outcome Range(ColumnScan scan)
    {
        if (scan.Numbers.Count == 0)
        {
            return Outcome.Pass("no numbers to check");
        }

        var (min, max) = (scan.Numbers.Min(), scan.Numbers.Max());
        var observed = $"min {Show.Number(min)}, max {Show.Number(max)}";
        return scan.OutOfRange.Count == 0
            ? Outcome.Pass(observed)
            : Outcome.Fail($"{Show.Count(scan.OutOfRange.Count, "value is", "values are")} outside ({observed})", scan.OutOfRange.First);
    }

    private static Outcome Missing(double maxFraction, ColumnScan scan)
    {
        if (scan.AllMissing)
        {
            return maxFraction >= 1
                ? Outcome.Pass($"all {scan.Rows} values are missing")
                : Outcome.Fail($"all {scan.Rows} values are missing", scan.MissingRows.First);
        }

        var fraction = scan.Rows == 0 ? 0 : (double)scan.Missing / scan.Rows;
        var observed = $"{Show.Percent(fraction)} ({scan.Missing} of {scan.Rows})";
        return fraction <= maxFraction ? Outcome.Pass(observed) : Outcome.Fail(observed, scan.MissingRows.First);
    }

    private static Outcome Balance(LabelExpectation label, Bounds bounds, ColumnScan scan)
    {
        var valid = label.Values.Sum(v => scan.Counts.GetValueOrDefault(v));
        var positive = scan.Counts.GetValueOrDefault(label.Positive);
        if (valid == 0)
        {
            return Outcome.Fail($"no row has a valid label");
        }

        var fraction = (double)positive / valid;
        var observed = $"{Show.Fraction(fraction)} ({positive} of {valid} rows)";
        return bounds.Contains(fraction) ? Outcome.Pass(observed) : Outcome.Fail(observed);
    }
}
