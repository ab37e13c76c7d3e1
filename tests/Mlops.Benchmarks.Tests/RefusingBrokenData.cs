using Mlops.Testing;

namespace Mlops.Benchmarks.Tests;

public sealed class RefusingBrokenData : IDisposable
{
    private const string Header = "age,workclass,fnlwgt,education,education_num,marital_status,occupation,relationship,race,sex,capital_gain,capital_loss,hours_per_week,native_country,label";
    private const string Row = "39,State-gov,77516,Bachelors,13,Never-married,Adm-clerical,Not-in-family,White,Male,2174,0,40,United-States,0";

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Data_that_breaks_its_expectations_stops_the_benchmark_before_any_training()
    {
        // Three rows where the suite asks for at least 30,000 in train and 15,000 in test.
        File.WriteAllLines(_folder["train.csv"], [Header, Row, Row.Replace("39,", "40,", StringComparison.Ordinal), Row.Replace("39,", "41,", StringComparison.Ordinal)]);
        File.WriteAllLines(_folder["test.csv"], [Header, Row]);
        var progress = new ProgressLines();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new ModelBenchmark(RepositoryInputs.With(_folder["train.csv"], _folder["test.csv"]), progress).RunAsync());

        Assert.StartsWith("The data does not meet data/adult.expectations.json, so the model is not benchmarked:\n", failure.Message, StringComparison.Ordinal);
        Assert.Contains("train.csv: row count: expected", failure.Message, StringComparison.Ordinal);
        Assert.Equal(["Validating train.csv and test.csv against data/adult.expectations.json, run 1 of 3"], progress.Lines);
    }
}
