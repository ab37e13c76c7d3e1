using Microsoft.ML;
using Microsoft.ML.Data;
using Mlops.Testing;

namespace Mlops.Serving.Tests;

[Collection(WithTrainedModel.Name)]
public sealed class ScoringRecords(TrainedModel trained) : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_inputs_are_the_model_s_own_columns_numbers_and_categories()
    {
        var scorer = ModelScorer.Load(trained.LightGbm);

        Assert.Contains(new ModelColumn("age", ModelColumnKind.Number), scorer.Columns);
        Assert.Contains(new ModelColumn("workclass", ModelColumnKind.Category), scorer.Columns);
        Assert.DoesNotContain(scorer.Columns, c => c.Name == "label");
    }

    [Fact]
    public async Task Records_score_as_ml_net_scores_the_test_file_from_many_threads_at_once()
    {
        var scorer = ModelScorer.Load(trained.LightGbm);
        var (records, expected) = ReferenceScores(scorer, rows: 400);

        var predictions = await Task.WhenAll(records.Select(record => Task.Run(() => scorer.Score(record))));

        for (var i = 0; i < records.Count; i++)
        {
            Assert.Equal(expected[i], predictions[i].Probability, precision: 6);
            Assert.Equal(expected[i] >= 0.5f, predictions[i].PredictedClass);
        }
    }

    [Fact]
    public void Boosted_trees_scored_directly_give_ml_net_s_probabilities_to_the_bit_on_every_test_row()
    {
        var scorer = ModelScorer.Load(trained.LightGbm);
        var (records, expected) = ReferenceScores(scorer, rows: int.MaxValue);

        var different = Enumerable.Range(0, records.Count).Where(i => scorer.Score(records[i]).Probability != expected[i]).ToList();

        Assert.Equal("its trees scored directly", scorer.Method);
        Assert.Equal(16_281, records.Count);
        Assert.Empty(different);
    }

    [Fact]
    public void A_model_that_is_not_boosted_trees_is_scored_by_ml_net_s_engines_with_the_same_answers()
    {
        var scorer = ModelScorer.Load(trained.Logistic);
        var (records, expected) = ReferenceScores(scorer, rows: 400);

        Assert.Equal("ML.NET prediction engines", scorer.Method);
        Assert.Equal(expected, records.Select(r => scorer.Score(r).Probability));
    }

    [Fact]
    public void A_category_the_model_never_saw_scores_as_ml_net_scores_it()
    {
        var scorer = ModelScorer.Load(trained.LightGbm);
        var engines = Activator.CreateInstance(typeof(Internal.PooledScorer<>).MakeGenericType(Internal.InputRowType.Create(scorer.Columns)),
            new MLContext(seed: 1), new MLContext(seed: 1).Model.Load(scorer.ModelPath, out _)) as Internal.IRowScorer;
        var records = TestRows.Values(scorer, 50);
        var workclass = scorer.Columns.ToList().FindIndex(c => c.Name == "workclass");
        foreach (var record in records)
        {
            record[workclass] = "Astronaut";
        }

        Assert.Equal(records.Select(r => engines!.Score(r)), records.Select(r => scorer.Score(r)));
    }

    [Theory]
    [InlineData(false, "its trees scored directly")]
    [InlineData(true, "ML.NET prediction engines")] // the layout check sees the scaling and refuses
    public void FastTree_is_scored_directly_unless_its_features_are_scaled_and_either_way_as_ml_net_scores_it(bool scaled, string method)
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.CreateTextLoader(new TextLoader.Options
        {
            HasHeader = true,
            Separators = [','],
            Columns = [new("age", DataKind.Single, 0), new("workclass", DataKind.String, 1), new("hours_per_week", DataKind.Single, 12), new("label", DataKind.Boolean, 14)],
        }).Load(SharedAdultData.Train);
        IEstimator<ITransformer> features = ml.Transforms.Categorical.OneHotEncoding("workclass_onehot", "workclass")
            .Append(ml.Transforms.Concatenate("Features", "age", "hours_per_week", "workclass_onehot"));
        features = scaled ? features.Append(ml.Transforms.NormalizeMinMax("Features")) : features;
        var pipeline = features.Append(ml.BinaryClassification.Trainers.FastTree(
            new Microsoft.ML.Trainers.FastTree.FastTreeBinaryTrainer.Options { LabelColumnName = "label", NumberOfTrees = 5, NumberOfThreads = 1 }));
        var sample = ml.Data.TakeRows(data, 2_000);
        ml.Model.Save(pipeline.Fit(sample), sample.Schema, _folder["fasttree.zip"]);

        var scorer = ModelScorer.Load(_folder["fasttree.zip"]);
        var (records, expected) = ReferenceScores(scorer, rows: int.MaxValue);

        Assert.Equal(method, scorer.Method);
        Assert.Equal(expected, records.Select(r => scorer.Score(r).Probability));
    }

    [Fact]
    public void A_missing_file_or_one_that_is_not_a_model_is_one_line_naming_it()
    {
        var missing = Assert.Throws<ServingInputException>(() => ModelScorer.Load(_folder["nowhere/model.zip"]));
        var notModel = Assert.Throws<ServingInputException>(() => ModelScorer.Load(_folder.Write("model.zip", "not a zip")));

        Assert.StartsWith(_folder["nowhere/model.zip"] + ": no model there", missing.Message, StringComparison.Ordinal);
        Assert.StartsWith(_folder["model.zip"] + ": not an ML.NET model", notModel.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', notModel.Message);
    }

    /// <summary>The first test rows as records, and the probabilities ML.NET gives them scoring the file in bulk.</summary>
    private static (List<object?[]> Records, List<float> Probabilities) ReferenceScores(ModelScorer scorer, int rows)
    {
        var ml = new MLContext(seed: 1);
        var model = ml.Model.Load(scorer.ModelPath, out _);
        var header = File.ReadLines(SharedAdultData.Test).First().Split(',');
        var columns = scorer.Columns.Select(c => new TextLoader.Column(c.Name, c.Kind == ModelColumnKind.Number ? DataKind.Single : DataKind.String,
            Array.IndexOf(header, c.Name))).ToArray();
        var data = ml.Data.CreateTextLoader(new TextLoader.Options { HasHeader = true, Separators = [','], AllowQuoting = true, Columns = columns })
            .Load(SharedAdultData.Test);
        var scored = model.Transform(rows == int.MaxValue ? data : ml.Data.TakeRows(data, rows));
        var probabilities = scored.GetColumn<float>("Probability").ToList();
        var records = CsvRecords.Read(SharedAdultData.Test, scorer.Columns, probabilities.Count).ToList();
        return (records, probabilities);
    }
}
