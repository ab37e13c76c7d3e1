using Mlops.Testing;

namespace Mlops.Evaluation.Tests;

/// <summary>Where an evaluation's files go, removing them, and which champion an evaluation compares with.</summary>
public sealed class PlacingResults : IDisposable
{
    private const string ChampionRule = """
        { "label": "label", "gates": { "auc": { "min": 0.5 } }, "select": { "metric": "auc" },
          "champion": { "metrics": "production/model-metrics.json", "metric": "auc", "tolerance": 0.01 } }
        """;

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Metrics_go_beside_the_models_and_the_report_into_the_reports_folder_and_both_are_removed()
    {
        var evaluation = new EvaluationArtifacts(_folder["model"], _folder["reports"]);
        _folder.Write("model/metrics.json", "{}");
        _folder.Write("model/lightgbm/model.zip", "m");
        _folder.Write("reports/evaluation.md", "# report");

        Assert.Equal(_folder["model/metrics.json"], evaluation.Metrics);
        Assert.Equal(_folder["reports/evaluation.md"], evaluation.Report);
        Assert.Equal([evaluation.Metrics, _folder["reports"]], evaluation.All);

        evaluation.Remove();

        Assert.Equal(["lightgbm/model.zip"], _folder.Files("model"));
        Assert.False(Directory.Exists(_folder["reports"]));
    }

    [Fact]
    public void The_champion_is_described_by_content_so_a_new_champion_changes_the_description()
    {
        var config = _folder.Write("evaluation.json", ChampionRule);

        Assert.Equal("production/model-metrics.json absent", ChampionMetricsFile.Describe(config, _folder.Path));
        Assert.Null(ChampionMetricsFile.Read(EvaluationConfig.Read(config), _folder.Path));

        _folder.Write("production/model-metrics.json", """{ "model": "lightgbm", "metrics": { "auc": 0.92 } }""");
        var first = ChampionMetricsFile.Describe(config, _folder.Path);
        _folder.Write("production/model-metrics.json", """{ "model": "lightgbm", "metrics": { "auc": 0.93 } }""");
        var second = ChampionMetricsFile.Describe(config, _folder.Path);

        Assert.StartsWith("production/model-metrics.json sha256 ", first, StringComparison.Ordinal);
        Assert.NotEqual(first, second);
        Assert.Equal(0.93, ChampionMetricsFile.Read(EvaluationConfig.Read(config), _folder.Path)!.Find("auc"));
    }

    [Fact]
    public void Without_a_champion_rule_or_with_an_unreadable_config_the_description_says_so()
    {
        var none = _folder.Write("none.json", """{ "label": "label", "gates": { "auc": { "min": 0.5 } }, "select": { "metric": "auc" } }""");
        var broken = _folder.Write("broken.json", "{ not json");

        Assert.Equal("no champion rule", ChampionMetricsFile.Describe(none, _folder.Path));
        Assert.StartsWith(broken, ChampionMetricsFile.Describe(broken, _folder.Path), StringComparison.Ordinal);
    }
}
