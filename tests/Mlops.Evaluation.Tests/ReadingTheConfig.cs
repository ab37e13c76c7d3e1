using Mlops.Testing;

namespace Mlops.Evaluation.Tests;

public sealed class ReadingTheConfig : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_shipped_config_reads_with_gates_slices_selection_and_champion()
    {
        var config = EvaluationConfig.Read(RepositoryRoot.File("configs/evaluation.json"));

        Assert.Equal("label", config.Label);
        Assert.Contains(new MetricGate(MetricName.Accuracy, 0.85, null), config.Gates);
        Assert.Contains(new MetricGate(MetricName.Auc, 0.90, null), config.Gates);
        Assert.Equal(["sex", "race"], config.Slices!.Columns);
        Assert.Equal(0.12, config.Slices.MaxGap[MetricName.Accuracy]);
        Assert.Equal(MetricName.Auc, config.SelectMetric);
        Assert.Equal(new ChampionRule("k8s/overlays/production/model-metrics.json", MetricName.Auc, 0.005), config.Champion);
        Assert.EndsWith("evaluation.json", config.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_object_means_no_gates_no_slices_no_champion_and_choosing_by_auc()
    {
        var config = EvaluationConfig.Read(_folder.Write("evaluation.json", "{}"));

        Assert.Equal("label", config.Label);
        Assert.Empty(config.Gates);
        Assert.Null(config.Slices);
        Assert.Null(config.Champion);
        Assert.Equal(MetricName.Auc, config.SelectMetric);
    }

    [Fact]
    public void Metric_names_are_read_in_any_case_and_kept_canonical()
    {
        var config = EvaluationConfig.Read(_folder.Write("evaluation.json",
            """{ "gates": { "LogLoss": { "max": 0.5 } }, "slices": { "columns": ["sex"], "maxGap": { "AUC": 0.1 } }, "select": { "metric": "F1" } }"""));

        Assert.Equal([new MetricGate(MetricName.LogLoss, null, 0.5)], config.Gates);
        Assert.Equal(0.1, config.Slices!.MaxGap[MetricName.Auc]);
        Assert.Equal(30, config.Slices.MinRows);
        Assert.Equal(MetricName.F1, config.SelectMetric);
    }

    [Theory]
    [InlineData("{ \"gates\": ", "line 1: not valid JSON: ")]
    [InlineData("[]", "line 1: $ must be an object, not an array.")]
    [InlineData("{ \"gates\": { \"auc\": { \"min\": 0.9 } }, \"gates\": {} }", "line 1: duplicate field $.gates.")]
    [InlineData("{ \"gatse\": {} }", "line 1: unknown field $.gatse. Did you mean: gates?")]
    [InlineData("{ \"gates\": { \"aucc\": { \"min\": 0.9 } } }", "gates.aucc: 'aucc' is not a metric. Did you mean: auc?")]
    [InlineData("{ \"gates\": { \"auc\": { \"min\": \"high\" } } }", "line 1: $.gates.auc.min must be a number, not \"high\".")]
    [InlineData("{ \"gates\": { \"auc\": { \"minimum\": 0.9 } } }", "line 1: unknown field $.gates.auc.minimum. Did you mean: min?")]
    [InlineData("{ \"gates\": { \"auc\": {} } }", "gates.auc needs \"min\" or \"max\"")]
    [InlineData("{ \"gates\": { \"auc\": { \"min\": 0.9, \"max\": 0.8 } } }", "gates.auc.min (0.9) is above gates.auc.max (0.8)")]
    [InlineData("{ \"label\": 3 }", "line 1: $.label must be a non-empty string, not 3.")]
    [InlineData("{ \"slices\": { \"maxGap\": { \"auc\": 0.1 } } }", "line 1: missing required field $.slices.columns.")]
    [InlineData("{ \"slices\": { \"columns\": [] } }", "slices.columns must be a non-empty list of column names")]
    [InlineData("{ \"slices\": { \"columns\": [\"sex\", \"sex\"] } }", "slices.columns names sex twice")]
    [InlineData("{ \"slices\": { \"columns\": [\"sex\"], \"maxGap\": { \"auc\": -1 } } }", "slices.maxGap.auc must be a number of at least 0")]
    [InlineData("{ \"slices\": { \"columns\": [\"sex\"], \"minRows\": 0 } }", "slices.minRows must be a whole number of at least 1")]
    [InlineData("{ \"select\": {} }", "line 1: missing required field $.select.metric.")]
    [InlineData("{ \"champion\": { \"metrics\": \"m.json\" } }", "line 1: missing required field $.champion.metric.")]
    [InlineData("{ \"champion\": { \"metric\": \"auc\" } }", "line 1: missing required field $.champion.metrics.")]
    [InlineData("{ \"champion\": { \"metrics\": \"m.json\", \"metric\": \"auc\", \"tolerance\": \"small\" } }", "line 1: $.champion.tolerance must be a number, not \"small\".")]
    public void A_malformed_config_is_one_line_naming_the_file_and_field(string json, string problem)
    {
        var path = _folder.Write("configs/evaluation.json", json);

        var error = Assert.Throws<EvaluationInputException>(() => EvaluationConfig.Read(path));

        Assert.StartsWith($"{path}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_missing_config_names_its_path()
    {
        var path = _folder["configs/evaluation.json"];

        var error = Assert.Throws<EvaluationInputException>(() => EvaluationConfig.Read(path));

        Assert.Equal($"{path}: file not found.", error.Message);
    }

    [Fact]
    public void A_config_built_in_code_is_checked_like_a_file()
    {
        var config = Configs.WithGates(new MetricGate("roc", 0.9, null));

        var error = Assert.Throws<EvaluationInputException>(() => new ModelEvaluator(config));

        Assert.Contains("'roc' is not a metric", error.Message, StringComparison.Ordinal);
    }
}
