using System.Text.Json;
using Mlops.Testing;

namespace Mlops.Evaluation.Tests;

[Collection(WithTrainedCandidates.Name)]
public sealed class WritingResults(TrainedCandidates trained) : IDisposable
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Metrics_json_holds_the_choice_every_candidate_with_gates_and_slices_and_the_verdict()
    {
        var path = _folder["artifacts/model/metrics.json"];

        trained.Sliced.WriteMetrics(path);

        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        Assert.Equal("lightgbm", root.GetProperty("chosen").GetString());
        Assert.True(root.GetProperty("passed").GetBoolean());
        Assert.Equal("no champion comparison configured", root.GetProperty("championVerdict").GetString());
        var candidates = root.GetProperty("candidates").EnumerateArray().ToList();
        Assert.Equal(["lightgbm", "logistic"], candidates.Select(c => c.GetProperty("name").GetString()));
        var lightgbm = candidates[0];
        Assert.Equal(trained.Sliced.Candidate("lightgbm").Metrics.Auc, lightgbm.GetProperty("metrics").GetProperty("auc").GetDouble());
        Assert.Equal(2543 + 1303, lightgbm.GetProperty("confusionMatrix").GetProperty("truePositives").GetInt64() +
            lightgbm.GetProperty("confusionMatrix").GetProperty("falseNegatives").GetInt64());
        Assert.Equal(["sex", "race"], lightgbm.GetProperty("slices").EnumerateArray().Select(s => s.GetProperty("column").GetString()));
        Assert.Equal(JsonValueKind.Array, lightgbm.GetProperty("gates").ValueKind);
        Assert.Equal(["metrics.json"], _folder.Files("artifacts/model")); // no temporary file left beside it
    }

    [Fact]
    public void Metrics_json_can_be_promoted_as_the_next_champion()
    {
        var path = _folder["metrics.json"];
        trained.Sliced.WriteMetrics(path);

        var champion = ChampionMetrics.ReadIfExists(path)!;

        Assert.Equal("lightgbm", champion.Model);
        Assert.Equal(trained.Sliced.Candidate("lightgbm").Metrics.Auc, champion.Metrics["auc"]);
    }

    [Fact]
    public void Gates_in_metrics_json_carry_expected_observed_and_pass()
    {
        var result = new ModelEvaluator(Configs.WithGates(new MetricGate(MetricName.Auc, 0.99, null))).Evaluate([trained.LightGbm], SharedAdultData.Test, null);
        var path = _folder["metrics.json"];

        result.WriteMetrics(path);

        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        var gate = root.GetProperty("candidates")[0].GetProperty("gates")[0];
        Assert.Equal(JsonValueKind.Null, root.GetProperty("chosen").ValueKind);
        Assert.False(root.TryGetProperty("model", out _));
        Assert.Equal(result.FailureReason, root.GetProperty("failureReason").GetString());
        Assert.Equal(("auc", ">= 0.99", 0.99, false), (gate.GetProperty("gate").GetString(), gate.GetProperty("expected").GetString(),
            gate.GetProperty("threshold").GetDouble(), gate.GetProperty("passed").GetBoolean()));
        Assert.Equal(result.Candidate("lightgbm").Metrics.Auc, gate.GetProperty("observed").GetDouble());
    }

    [Fact]
    public void The_report_is_markdown_beside_two_png_plots_it_embeds()
    {
        var reports = _folder["artifacts/reports"];

        trained.Sliced.WriteReport(reports);

        Assert.Equal(["evaluation.md", "precision-recall.png", "roc.png"], _folder.Files("artifacts/reports"));
        foreach (var png in new[] { "roc.png", "precision-recall.png" })
        {
            var bytes = File.ReadAllBytes(Path.Combine(reports, png));
            Assert.Equal(PngSignature, bytes[..8]);
            Assert.True(bytes.Length > 20_000, $"{png} is {bytes.Length} bytes: too small to hold two curves with labels");
        }

        var markdown = File.ReadAllText(Path.Combine(reports, "evaluation.md"));
        Assert.Contains("![ROC curve of every candidate](roc.png)", markdown, StringComparison.Ordinal);
        Assert.Contains("![Precision-recall curve of every candidate](precision-recall.png)", markdown, StringComparison.Ordinal);
        Assert.Contains("## Slices", markdown, StringComparison.Ordinal);
        Assert.Contains("### lightgbm by race", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_markdown_summary_has_the_decision_the_metrics_table_and_no_images()
    {
        var lightgbm = trained.Sliced.Candidate("lightgbm").Metrics;

        var markdown = trained.Sliced.ToMarkdown();

        Assert.StartsWith("# Model evaluation\n\n**Chosen: lightgbm**", markdown, StringComparison.Ordinal);
        Assert.Contains("| Candidate | Rows | Accuracy | AUC | F1 | Precision | Recall | Log-loss | TP | FP | TN | FN | Gates |", markdown, StringComparison.Ordinal);
        Assert.Contains($"| **lightgbm** (chosen) | 16,281 | {lightgbm.Accuracy:0.0000} | {lightgbm.Auc:0.0000} |", markdown, StringComparison.Ordinal);
        Assert.Contains("Champion: no champion comparison configured.", markdown, StringComparison.Ordinal);
        Assert.Contains($"| accuracy | {lightgbm.Slice("sex").Gap("accuracy")!.Gap:0.0000} | Female", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("![", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_evaluation_says_why_at_the_top()
    {
        var result = new ModelEvaluator(Configs.WithGates(new MetricGate(MetricName.Auc, 0.99, null))).Evaluate([trained.LightGbm], SharedAdultData.Test, null);

        var markdown = result.ToMarkdown();

        Assert.StartsWith($"# Model evaluation\n\n**No model chosen.** {result.FailureReason}\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| lightgbm | auc | >= 0.99 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| **FAIL** |", markdown, StringComparison.Ordinal);
    }
}
