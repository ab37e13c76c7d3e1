using Mlops.Testing;

namespace Mlops.Evaluation.Tests;

public sealed class ReadingChampionMetrics : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void No_file_means_no_champion_yet()
    {
        Assert.Null(ChampionMetrics.ReadIfExists(_folder["k8s/overlays/production/model-metrics.json"]));
    }

    [Fact]
    public void The_model_and_its_metrics_are_read_and_other_fields_ignored()
    {
        var path = _folder.Write("model-metrics.json",
            """{ "model": "lightgbm", "metrics": { "auc": 0.92, "accuracy": 0.87 }, "chosen": "lightgbm", "candidates": [] }""");

        var champion = ChampionMetrics.ReadIfExists(path)!;

        Assert.Equal("lightgbm", champion.Model);
        Assert.Equal(0.92, champion.Metrics["auc"]);
        Assert.Equal(0.87, champion.Find("ACCURACY"));
        Assert.Null(champion.Find("f1"));
        Assert.Equal(path, champion.Source);
    }

    [Fact]
    public void A_metric_recorded_as_null_is_not_recorded_rather_than_an_error()
    {
        // metrics.json writes a metric it could not define (NaN) as null, and is promoted as it is.
        var path = _folder.Write("model-metrics.json", """{ "model": "lightgbm", "metrics": { "auc": 0.92, "logLoss": null } }""");

        var champion = ChampionMetrics.ReadIfExists(path)!;

        Assert.Null(champion.Find("logLoss"));
        Assert.Equal(0.92, champion.Find("auc"));
    }

    [Theory]
    [InlineData("{", "line 1: not valid JSON: ")]
    [InlineData("{ \"metrics\": { \"auc\": 0.9 } }", "line 1: missing required field $.model.")]
    [InlineData("{ \"model\": \"m\" }", "line 1: missing required field $.metrics.")]
    [InlineData("{ \"model\": \"m\", \"metrics\": [] }", "line 1: $.metrics must be an object, not an array.")]
    [InlineData("{ \"model\": \"m\", \"metrics\": { \"auc\": \"0.9\" } }", "line 1: $.metrics.auc must be a number, not \"0.9\".")]
    public void A_malformed_file_is_one_line_naming_the_file_and_field(string json, string problem)
    {
        var path = _folder.Write("model-metrics.json", json);

        var error = Assert.Throws<EvaluationInputException>(() => ChampionMetrics.ReadIfExists(path));

        Assert.StartsWith($"{path}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }
}
