namespace Mlops.Data.Internal;

/// <summary>
/// Each feature's PSI of test against train, in the train file's buckets plus one for missing values, held to its
/// threshold: a column whose values go missing far more often has drifted even when the values left look the same.
/// </summary>
internal static class DriftChecks
{
    public const string Drift = "drift";

    public static (List<ExpectationResult> Results, List<FeatureDrift> Drift) Check(
        ExpectationSuite suite, FileData train, FileData test, IReadOnlyDictionary<string, Buckets?> buckets)
    {
        var (results, drifts) = (new List<ExpectationResult>(), new List<FeatureDrift>());
        if (suite.Drift is not { } drift)
        {
            return (results, drifts);
        }

        foreach (var column in suite.Columns)
        {
            var threshold = drift.ThresholdFor(column.Name);
            var check = new Check(Drift, column.Name, $"PSI at most {Show.Number(threshold)} against {train.Name}", () =>
            {
                var psi = PopulationStability.Index(
                    Shares(buckets[column.Name]!, train.Scans[column.Name]), Shares(buckets[column.Name]!, test.Scans[column.Name]));
                drifts.Add(new FeatureDrift(column.Name, psi, threshold));
                var observed = $"PSI {Show.Fraction(psi)}";
                return psi <= threshold ? Outcome.Pass(observed) : Outcome.Fail(observed);
            });
            results.Add(WhyNot(column, train, test, buckets) is { } reason ? check.NotEvaluated(test.Name, reason) : check.Run(test.Name));
        }

        return (results, drifts);
    }

    private static string? WhyNot(ColumnExpectation column, FileData train, FileData test, IReadOnlyDictionary<string, Buckets?> buckets)
    {
        foreach (var file in new[] { train, test })
        {
            if (file.Table is null)
            {
                return $"{file.Name} could not be read";
            }

            if (!file.Scans.TryGetValue(column.Name, out var scan))
            {
                return $"{file.Name} has no column '{column.Name}'";
            }

            if (scan.Numbers.Count == 0 && scan.Counts.Count == 0 && scan.Missing == 0)
            {
                return $"{file.Name} has no {column.Name} values to compare";
            }
        }

        return buckets[column.Name] is null ? $"{train.Name} has no {column.Name} values to bin" : null;
    }

    /// <summary>The fraction of the column's values in each bucket, then the fraction missing.</summary>
    private static double[] Shares(Buckets buckets, ColumnScan scan) => PopulationStability.Fractions([.. buckets.CountIn(scan), scan.Missing]);
}
