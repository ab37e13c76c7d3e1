using Mlops.Data.Internal;

namespace Mlops.Data;

/// <summary>
/// Checks a train and a test CSV file against an <see cref="ExpectationSuite"/>. Every expectation is checked and
/// reported, broken or not; only a file that cannot be read at all stops the checks on that file, which are then
/// listed as not evaluated.
/// </summary>
public sealed class DatasetValidator(ExpectationSuite suite)
{
    public ValidationReport Validate(string trainCsv, string testCsv)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(trainCsv);
        ArgumentException.ThrowIfNullOrWhiteSpace(testCsv);
        var files = new FileData[2];
        // The files are independent: read and scan them at the same time.
        Parallel.Invoke(() => files[0] = FileData.Read(suite, "train", trainCsv), () => files[1] = FileData.Read(suite, "test", testCsv));
        var (train, test) = (files[0], files[1]);

        var bins = suite.Drift?.Bins ?? 10;
        var buckets = suite.Columns.ToDictionary(c => c.Name, c => Buckets.From(c, train.Scans.GetValueOrDefault(c.Name), bins), StringComparer.Ordinal);
        buckets[suite.Label.Column] = Buckets.Of(suite.Label);

        var (driftResults, drift) = DriftChecks.Check(suite, train, test, buckets);
        List<ExpectationResult> results = [.. FileExpectations.Check(suite, train), .. FileExpectations.Check(suite, test), .. driftResults];
        return new ValidationReport(results, Profiler.Build(suite, [train, test], buckets, drift));
    }
}
