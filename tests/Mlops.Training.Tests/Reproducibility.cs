using System.IO.Compression;
using Mlops.Testing;

namespace Mlops.Training.Tests;

[Collection(SharedRealTraining.Name)]
public sealed class Reproducibility(RealTraining training) : IDisposable
{
    private readonly TemporaryFolder _again = new();

    public void Dispose() => _again.Dispose();

    [Fact]
    public async Task Training_again_on_the_same_inputs_gives_byte_identical_models()
    {
        var again = await new ModelTrainer(training.Config).TrainAllAsync(SharedAdultData.Train, _again.Path, training.Context);

        Assert.Equal(training.Results.Select(r => r.ModelSha256), again.Select(r => r.ModelSha256));
        Assert.All(again, r => Assert.Equal(File.ReadAllBytes(training[r.Name].ModelPath), File.ReadAllBytes(r.ModelPath)));
    }

    [Fact]
    public async Task A_candidate_trained_alone_gives_the_same_model_as_one_trained_beside_others()
    {
        var alone = training.Config with { Candidates = [.. training.Config.Candidates.Where(c => c.Name == "lightgbm")] };

        var result = Assert.Single(await new ModelTrainer(alone).TrainAllAsync(SharedAdultData.Train, _again.Path, training.Context));

        Assert.Equal(training["lightgbm"].ModelSha256, result.ModelSha256);
    }

    [Fact]
    public async Task Quoted_fields_are_read_as_their_values_as_evaluation_and_serving_read_them()
    {
        // The same data with every categorical value quoted: the model must be the same, not one whose categories
        // carry quotes that no scored row will ever have.
        var quoted = _again.Write("quoted.csv", string.Join('\n', File.ReadLines(SharedAdultData.Train)
            .Select(line => string.Join(',', line.Split(',').Select(f => f.Length > 0 && !char.IsAsciiDigit(f[0]) ? $"\"{f}\"" : f)))) + "\n");
        var alone = training.Config with { Candidates = [.. training.Config.Candidates.Where(c => c.Name == "lightgbm")] };

        var result = Assert.Single(await new ModelTrainer(alone).TrainAllAsync(quoted, _again["out"], training.Context));

        Assert.Equal(training["lightgbm"].ModelSha256, result.ModelSha256);
    }

    [Fact]
    public void The_zip_holds_its_entries_in_order_with_one_fixed_timestamp()
    {
        using var zip = ZipFile.OpenRead(training["lightgbm"].ModelPath);

        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
    }
}
