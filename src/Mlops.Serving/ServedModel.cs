using Mlops.Config;
using Mlops.Files;
using Mlops.Serving.Internal;

namespace Mlops.Serving;

/// <summary>
/// The model a server answers with and where it came from, as /version, the model metadata and the image's labels
/// tell it: the candidate the last evaluation chose, its model.zip by sha256, the training data by hash, the commit,
/// the held-out metrics, and the data profile that served rows are compared with for drift (null: no drift gauges).
/// </summary>
public sealed record ServedModel(
    string Name,
    string ModelZip,
    string Sha256,
    IReadOnlyList<TrainingDataFile> TrainingData,
    string? GitCommit,
    IReadOnlyDictionary<string, double> Metrics,
    string? Profile)
{
    /// <summary>The files the server reads, relative to the artifacts folder: what an image must hold of it.</summary>
    public IReadOnlyList<string> ArtifactFiles { get; init; } = [];

    /// <summary>Image labels that say which model an image serves: name, version, sha256, training data by hash, metrics.</summary>
    public IReadOnlyDictionary<string, string> Labels => new Dictionary<string, string>
    {
        ["org.mlops.model.name"] = Name,
        ["org.mlops.model.version"] = Version,
        ["org.mlops.model.sha256"] = Sha256,
        ["org.mlops.data.sha256"] = string.Join(",", TrainingData.Select(d => d.Sha256)),
    }.Concat(Metrics.Where(m => m.Key != "rows").Select(m => KeyValuePair.Create($"org.mlops.metrics.{m.Key}",
        m.Value.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture)))).ToDictionary();

    /// <summary>The model's version as clients see it: the start of its sha256, so the same bytes are the same version.</summary>
    public string Version => Sha256[..12];

    /// <summary>
    /// The chosen model in an artifacts folder as the build leaves it (model/metrics.json names the candidate, whose
    /// model.zip and run.json are in model/NAME/; data/profile.json is the drift baseline). Anything missing, a model
    /// the evaluation did not pass, or a model.zip whose hash is not the one its run.json records is a one-line error.
    /// </summary>
    public static ServedModel FromArtifacts(string artifactsFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(artifactsFolder);
        var metricsFile = Path.Combine(artifactsFolder, "model", "metrics.json");
        if (!File.Exists(metricsFile))
        {
            throw new ServingInputException($"{metricsFile}: no evaluated model there; run ./build.sh Evaluate first.");
        }

        var evaluation = Read<EvaluationSummaryJson>(metricsFile);
        if (evaluation.Chosen is not { } name)
        {
            throw new ServingInputException(
                $"{metricsFile}: the last evaluation chose no model ({evaluation.FailureReason ?? "no candidate passed"}); nothing to serve.");
        }

        var modelZip = Path.Combine(artifactsFolder, "model", name, "model.zip");
        var runFile = Path.Combine(artifactsFolder, "model", name, "run.json");
        foreach (var file in new[] { modelZip, runFile })
        {
            if (!File.Exists(file))
            {
                throw new ServingInputException($"{file}: missing, though {metricsFile} chose '{name}'; run ./build.sh Evaluate again.");
            }
        }

        var run = Read<RunRecordJson>(runFile);
        var sha256 = Sha256Hex.OfFile(modelZip);
        if (!string.Equals(sha256, run.ModelSha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new ServingInputException($"{modelZip}: sha256 {sha256} is not the {run.ModelSha256} that {runFile} records; the model was changed after training.");
        }

        var profile = Path.Combine(artifactsFolder, "data", "profile.json");
        var metrics = evaluation.Metrics.Where(m => m.Value is not null).ToDictionary(m => m.Key, m => m.Value!.Value, StringComparer.Ordinal);
        return new ServedModel(name, modelZip, sha256, [.. run.Data.Select(d => new TrainingDataFile(d.Path, d.Sha256))], run.GitCommit,
            metrics, File.Exists(profile) ? profile : null)
        {
            ArtifactFiles = ["model/metrics.json", $"model/{name}/model.zip", $"model/{name}/run.json", .. File.Exists(profile) ? ["data/profile.json"] : Array.Empty<string>()],
        };
    }

    private static T Read<T>(string path)
        where T : class
    {
        try
        {
            return ConfigFile.Read<T>(path);
        }
        catch (ConfigFileException e)
        {
            throw new ServingInputException(e.Message, e);
        }
    }
}

/// <summary>A file the model was trained on, by its path in the repository and its content hash.</summary>
public sealed record TrainingDataFile(string Path, string Sha256);
