using System.Globalization;

namespace Mlops.Data.Tests;

/// <summary>PSI of each feature, test against train, held to the suite's thresholds.</summary>
public sealed class MeasuringDrift : IDisposable
{
    private readonly AdultCopy _adult = new();

    public void Dispose() => _adult.Dispose();

    [Fact]
    public void A_test_file_whose_ages_shifted_fails_drift_naming_the_feature_and_its_psi()
    {
        AdultCopy.EditLines(_adult.Test, (line, i) =>
            i == 0 ? line : AdultCopy.Replace(line, 0, Math.Min(90, int.Parse(line.Split(',')[0], CultureInfo.InvariantCulture) + 10).ToString(CultureInfo.InvariantCulture)));

        var report = _adult.Validate();

        var drift = Assert.Single(report.Results, r => !r.Passed);
        Assert.Equal(("drift", "test.csv", "age"), (drift.Expectation, drift.File, drift.Column));
        var psi = report.Profile.Drift.Single(d => d.Feature == "age").Psi;
        Assert.InRange(psi, 0.5, 5);
        Assert.Equal($"test.csv, column age: drift: expected PSI at most 0.1 against train.csv, observed PSI {psi:0.0000}", report.FailureSummary);
    }

    [Fact]
    public void A_categorical_feature_that_lost_a_category_drifts()
    {
        AdultCopy.EditLines(_adult.Test, (line, i) => i == 0 ? line : line.Replace(",Female,", ",Male,", StringComparison.Ordinal));

        var report = _adult.Validate();

        Assert.Equal("sex", Assert.Single(report.Results, r => !r.Passed).Column);
        Assert.InRange(report.Profile.Drift.Single(d => d.Feature == "sex").Psi, 1, 10); // 0.33 · ln(0.33 / ε) + 0.33 · ln(1 / 0.67)
    }

    [Fact]
    public void A_feature_whose_values_go_missing_far_more_often_drifts()
    {
        // A quarter of test.csv's workclass values become '?': the values left are spread as before, so only the
        // missing share shows the change.
        var workclass = Array.IndexOf(File.ReadLines(_adult.Test).First().Split(','), "workclass");
        AdultCopy.EditLines(_adult.Test, (line, i) => i == 0 || i % 4 != 0 ? line : AdultCopy.Replace(line, workclass, "?"));

        var report = _adult.Validate();

        var drift = Assert.Single(report.Results, r => !r.Passed && r.Expectation == "drift");
        Assert.Equal("workclass", drift.Column);
        Assert.InRange(report.Profile.Drift.Single(d => d.Feature == "workclass").Psi, 0.3, 3);
    }

    [Fact]
    public void A_feature_is_held_to_its_own_threshold_where_the_suite_sets_one()
    {
        var strict = AdultCopy.Suite with { Drift = new DriftExpectation(0.1, new Dictionary<string, double> { ["native_country"] = 0.001 }) };

        var report = _adult.Validate(strict);

        var country = Assert.Single(report.Results, r => !r.Passed);
        Assert.Equal("native_country", country.Column);
        Assert.Equal("PSI at most 0.001 against train.csv", country.Expected);
        Assert.Equal(0.001, report.Profile.Drift.Single(d => d.Feature == "native_country").Threshold);
    }

    [Fact]
    public void Identical_train_and_test_files_have_no_drift_at_all()
    {
        File.Copy(_adult.Train, _adult.Test, overwrite: true);

        var report = _adult.Validate(AdultCopy.Suite with { TestRows = null });

        Assert.True(report.Passed, report.FailureSummary);
        Assert.All(report.Profile.Drift, d => Assert.Equal(0, d.Psi));
    }

    [Fact]
    public void Without_a_drift_section_no_drift_is_checked()
    {
        var report = _adult.Validate(AdultCopy.Suite with { Drift = null });

        Assert.True(report.Passed, report.FailureSummary);
        Assert.DoesNotContain(report.Results, r => r.Expectation == "drift");
        Assert.Empty(report.Profile.Drift);
    }
}
