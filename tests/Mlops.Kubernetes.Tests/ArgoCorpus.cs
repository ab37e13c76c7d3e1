using System.Text.Json.Nodes;
using Mlops.Kubernetes.Internal;
using Mlops.Testing;
using YamlDotNet.RepresentationModel;

namespace Mlops.Kubernetes.Tests;

/// <summary>
/// The real Argo objects in ../shared/argo-health (rollout/, analysisrun/, application/) and the verdicts Argo CD gives
/// them (expected.yaml), read where they are at test time; never copied into the repository.
/// </summary>
internal static class ArgoCorpus
{
    /// <summary>One object of <paramref name="folder"/> as the API server would send it: its JSON.</summary>
    public static JsonObject Read(string folder, string file)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(SharedKubernetesCorpora.ArgoHealth, folder, file))));
        return YamlJson.ToJson(stream.Documents[0].RootNode)!.AsObject();
    }

    /// <summary>Every case of <paramref name="folder"/>'s expected.yaml: the file, and Argo CD's status and message for it.</summary>
    public static TheoryData<string, string, string> Expected(string folder)
    {
        var cases = new TheoryData<string, string, string>();
        var expected = Read(folder, "expected.yaml");
        foreach (var entry in expected["cases"]!.AsArray())
        {
            cases.Add(entry!["file"]!.GetValue<string>(), entry["status"]!.GetValue<string>(), entry["message"]?.GetValue<string>() ?? "");
        }

        return cases;
    }

    /// <summary>
    /// The real staging objects as a replayed cluster serves them: the corpus object under the name and namespace the
    /// gate asks for, with <paramref name="change"/> applied (an Application's sync, a Rollout's image).
    /// </summary>
    public static JsonObject Named(JsonObject corpusObject, string @namespace, string name, Action<JsonObject>? change = null)
    {
        var copy = corpusObject.DeepClone().AsObject();
        var metadata = copy["metadata"] as JsonObject ?? [];
        metadata["name"] = name;
        metadata["namespace"] = @namespace;
        copy["metadata"] = metadata;
        change?.Invoke(copy);
        return copy;
    }
}
