using Mlops.Files;

namespace Mlops.Training;

/// <summary>
/// The model folder (artifacts/model in the build): one sub-folder per candidate with its model.zip and run.json. The
/// evaluation writes its metrics.json beside them, so removing the folder removes every result made from a model.
/// </summary>
public sealed class ModelArtifacts(string folder)
{
    public const string ModelFileName = "model.zip";
    public const string RunRecordFileName = "run.json";

    public string Folder { get; } = Path.GetFullPath(
        string.IsNullOrWhiteSpace(folder) ? throw new ArgumentException("The model folder is empty.", nameof(folder)) : folder);

    /// <summary>Every candidate's model.zip, as a glob.</summary>
    public string Models => Path.Combine(Folder, "*", ModelFileName);

    /// <summary>Every candidate's model.zip and run.json, as globs: what a training makes.</summary>
    public IReadOnlyList<string> CandidateFiles => [Models, Path.Combine(Folder, "*", RunRecordFileName)];

    public string ModelOf(string candidate) => Path.Combine(Folder, candidate, ModelFileName);

    public string RunRecordOf(string candidate) => Path.Combine(Folder, candidate, RunRecordFileName);

    /// <summary>
    /// Every candidate folder: a candidate renamed or removed from the config must not leave its old model to be handed
    /// on. Files beside them (the evaluation's metrics.json) stay, so identical models keep a cached evaluation.
    /// </summary>
    public void RemoveCandidates()
    {
        foreach (var candidate in Directory.Exists(Folder) ? Directory.GetDirectories(Folder) : [])
        {
            FileTree.Delete(candidate);
        }
    }

    /// <summary>The whole folder, models and the metrics beside them.</summary>
    public void Remove() => FileTree.Delete(Folder);
}
