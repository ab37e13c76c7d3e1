using Mlops.Data;
using Mlops.Evaluation;
using Mlops.GitOps;
using Mlops.Testing;
using Mlops.Training;

namespace Mlops.Config.Tests;

/// <summary>
/// One of the JSON files the repository ships, with the schema it names, the reader that reads it, and a top-level
/// field to misspell, duplicate or give the wrong type, and a required field to leave out.
/// </summary>
public sealed record ShippedFile(
    string Path,
    string Schema,
    Action<string> Read,
    (string Name, string Value, string Typo, string WrongValue, string Expected) Field,
    (string Object, string Name) Required)
{
    public static IReadOnlyDictionary<string, ShippedFile> All { get; } = new Dictionary<string, ShippedFile>(StringComparer.Ordinal)
    {
        ["dataset pointer"] = new(
            "data/adult.dataset.json", "schemas/dataset-pointer.schema.json", path => DatasetPointer.Read(path),
            ("description", "\"UCI Adult\"", "descripton", "7", "a non-empty string"), ("$", "files")),
        ["expectation suite"] = new(
            "data/adult.expectations.json", "schemas/expectation-suite.schema.json", path => ExpectationSuite.Read(path),
            ("missingMarker", "\"?\"", "missingMarkr", "true", "a non-empty string"), ("$", "label")),
        ["training config"] = new(
            "configs/training.json", "schemas/training-config.schema.json", path => TrainingConfig.Read(path),
            ("seed", "7", "sed", "\"42\"", "a whole number"), ("$", "seed")),
        ["evaluation config"] = new(
            "configs/evaluation.json", "schemas/evaluation-config.schema.json", path => EvaluationConfig.Read(path),
            ("label", "\"label\"", "lable", "3", "a non-empty string"), ("champion", "metric")),
        ["CRD pointer"] = new(
            "k8s/crds.dataset.json", "schemas/dataset-pointer.schema.json", path => DatasetPointer.Read(path),
            ("description", "\"CRDs\"", "descripton", "7", "a non-empty string"), ("$", "files")),
        ["model registry"] = new(
            "models/adult-income.json", "schemas/model-registry.schema.json", path => ModelRegistry.Read(path),
            ("model", "\"adult-income\"", "modle", "7", "a non-empty string"), ("$", "versions")),
    };

    public static TheoryData<string> Kinds() => [.. All.Keys];

    public string FullPath => RepositoryRoot.File(Path);

    /// <summary>The shipped text with <paramref name="line"/> added right after the "$schema" line; the added line's number.</summary>
    public (string Text, int Line) WithLineAfterSchema(string line)
    {
        var lines = File.ReadAllLines(FullPath).ToList();
        var schema = lines.FindIndex(l => l.TrimStart().StartsWith("\"$schema\"", StringComparison.Ordinal));
        lines.Insert(schema + 1, line);
        return (string.Join('\n', lines), schema + 2);
    }

    /// <summary>The message the file's reader refuses <paramref name="text"/> with, written as <paramref name="file"/>.</summary>
    public string Refused(string file, string text)
    {
        File.WriteAllText(file, text);
        var error = Assert.ThrowsAny<Exception>(() => Read(file));
        Assert.IsType<ConfigFileException>(error.InnerException);
        Assert.DoesNotContain('\n', error.Message);
        return error.Message;
    }
}
