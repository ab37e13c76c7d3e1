using System.Globalization;
using Mlops.Testing;

namespace Mlops.Data.Tests;

/// <summary>The drift baseline read back from profile.json: what a served model's rows are compared with.</summary>
public sealed class ComparingLaterRowsWithTheProfile : IDisposable
{
    private readonly TemporaryFolder _output = new();
    private readonly ExpectationSuite _suite = ExpectationSuite.Read(RepositoryRoot.File("data/adult.expectations.json"));

    public void Dispose() => _output.Dispose();

    [Fact]
    public void The_test_file_counted_in_the_baseline_s_buckets_has_the_psi_the_validation_measured()
    {
        var report = new DatasetValidator(_suite).Validate(SharedAdultData.Train, SharedAdultData.Test);
        report.WriteTo(_output.Path);

        var baseline = DriftBaseline.Read(new ValidationArtifacts(_output.Path).Profile);

        Assert.Equal("?", baseline.MissingMarker);
        Assert.Equal([.. _suite.Columns.Select(c => c.Name), "label"], baseline.Features.Select(f => f.Feature));
        var lines = File.ReadAllLines(SharedAdultData.Test);
        var header = lines[0].Split(',');
        foreach (var feature in baseline.Features)
        {
            var column = Array.IndexOf(header, feature.Feature);
            var counts = new long[feature.BucketCount];
            foreach (var value in lines.Skip(1).Select(line => line.Split(',')[column]))
            {
                counts[feature.IsNumeric
                    ? feature.BucketOf(value == "?" ? double.NaN : double.Parse(value, CultureInfo.InvariantCulture))
                    : feature.BucketOf(value)]++;
            }

            Assert.Equal(report.Profile.Drift.SingleOrDefault(d => d.Feature == feature.Feature)?.Psi ?? feature.Psi(counts), feature.Psi(counts), precision: 12);
        }
    }

    [Fact]
    public void Nothing_counted_is_no_drift_and_a_category_train_never_saw_is_counted_apart()
    {
        var report = new DatasetValidator(_suite).Validate(SharedAdultData.Train, SharedAdultData.Test);
        report.WriteTo(_output.Path);
        var sex = DriftBaseline.Read(new ValidationArtifacts(_output.Path).Profile).Features.Single(f => f.Feature == "sex");

        var counts = new long[sex.BucketCount];
        Assert.Equal(0, sex.Psi(counts));
        counts[sex.BucketOf("Martian")] = 100;

        Assert.NotEqual(sex.BucketOf("Male"), sex.BucketOf("Martian"));
        Assert.Equal(sex.MissingBucket, sex.BucketOf("?"));
        Assert.True(sex.Psi(counts) > 1);
    }

    [Fact]
    public void A_profile_without_a_train_file_is_one_line_naming_the_file_and_field()
    {
        var path = _output.Write("profile.json", """{ "files": [], "drift": [] }""");

        var error = Assert.Throws<DataInputException>(() => DriftBaseline.Read(path));

        Assert.Equal($"{path}: field 'files' has no file with role 'train' to compare with.", error.Message);
    }
}
