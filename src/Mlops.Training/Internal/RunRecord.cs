using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json;
using Microsoft.ML;

namespace Mlops.Training.Internal;

/// <summary>
/// run.json beside each model.zip: everything needed to say how the model was made and to make it again — the
/// candidate and its hyperparameters as written, seed, columns, commit, data by hash, and the model's own hash.
/// </summary>
internal sealed record RunRecord(
    string Candidate,
    string Trainer,
    IReadOnlyDictionary<string, JsonElement> Hyperparameters,
    int Seed,
    string Label,
    FeatureSet Features,
    string? GitCommit,
    IReadOnlyList<DataFileHash> Data,
    long Rows,
    string MlNetVersion,
    string Runtime,
    double DurationSeconds,
    string ModelSha256)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The ML.NET release that trained the model, e.g. "5.0.1" (without the commit suffix).</summary>
    public static string MlNet { get; } =
        typeof(MLContext).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(MLContext).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>
    /// The .NET runtime, OS and processor that trained it: byte-identical models are promised for identical inputs on
    /// the same ML.NET and runtime (the zip's deflate comes from the runtime), so a differing hash starts here.
    /// </summary>
    public static string ThisRuntime { get; } =
        $"{RuntimeInformation.FrameworkDescription} on {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture})";

    public byte[] ToJson() => [.. JsonSerializer.SerializeToUtf8Bytes(this, Json), (byte)'\n'];
}
