using System.Text.Json.Nodes;
using Mlops.Kubernetes.Internal;

namespace Mlops.Kubernetes;

/// <summary>
/// An Argo Rollouts AnalysisTemplate of Prometheus metrics, read as the analysis controller (v1.9) runs it: its
/// arguments with their defaults, each metric with the arguments filled in (<see cref="Resolve"/>), and each
/// measurement judged by the metric's conditions (<see cref="AnalysisMetric.Evaluate"/>). The conditions are parsed
/// when the template is read, in the small grammar the repository's templates use; any other condition is refused
/// there, naming it, so the template and this reading of it cannot drift apart unseen.
/// </summary>
public sealed class AnalysisTemplate
{
    private AnalysisTemplate(string source, string name, IReadOnlyList<AnalysisArgument> args, IReadOnlyList<AnalysisMetric> metrics)
    {
        Source = source;
        Name = name;
        Args = args;
        Metrics = metrics;
    }

    /// <summary>The file the template came from, for messages.</summary>
    public string Source { get; }

    public string Name { get; }

    public IReadOnlyList<AnalysisArgument> Args { get; }

    /// <summary>The metrics as written, <c>{{args.…}}</c> unfilled.</summary>
    public IReadOnlyList<AnalysisMetric> Metrics { get; }

    /// <summary>The one AnalysisTemplate among the documents of <paramref name="file"/>.</summary>
    public static AnalysisTemplate Read(string file)
    {
        var templates = ManifestYaml.Parse(file, File.ReadAllText(file)).Where(o => o is { Group: "argoproj.io", Kind: "AnalysisTemplate" }).ToList();
        return templates.Count == 1
            ? From(templates[0])
            : throw new ManifestException(file, $"holds {templates.Count} AnalysisTemplates; one was expected");
    }

    /// <summary>Reads an AnalysisTemplate object; a field missing or of the wrong type, or a condition outside the grammar, is an error naming it.</summary>
    public static AnalysisTemplate From(ManifestObject manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var where = manifest.Display;
        try
        {
            var args = (manifest.Json["spec"]?["args"] as JsonArray ?? []).Select((arg, i) =>
                arg?["name"] is JsonValue name && name.TryGetValue<string>(out var text)
                    ? new AnalysisArgument(text, arg["value"] is JsonValue value && value.TryGetValue<string>(out var given) ? given : null)
                    : throw new FormatException($"args[{i}] has no name")).ToList();
            var metrics = (manifest.Json["spec"]?["metrics"] as JsonArray ?? throw new FormatException("has no spec.metrics"))
                .Select((metric, i) => ReadMetric(metric, $"metrics[{i}]")).ToList();
            return new AnalysisTemplate(manifest.Source, manifest.Name, args, metrics);
        }
        catch (FormatException e)
        {
            throw new ManifestException(manifest.Source, $"{where}: {e.Message}", e);
        }
    }

    /// <summary>
    /// The metric named <paramref name="metric"/> as a measurement runs it (Argo's ResolveMetricArgs): the arguments a
    /// Rollout passes override the template's defaults by name (a name the template does not declare is ignored, as
    /// Argo ignores it), every argument must then have a value, and every <c>{{args.NAME}}</c> anywhere in the metric
    /// is replaced by its value — in the metric's JSON form with the value escaped, so a quote in it stays a quote.
    /// </summary>
    public AnalysisMetric Resolve(string metric, IReadOnlyDictionary<string, string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var template = Metrics.FirstOrDefault(m => m.Name == metric)
            ?? throw Problem($"no metric '{metric}'; it has {string.Join(", ", Metrics.Select(m => m.Name))}");
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var arg in Args)
        {
            values[arg.Name] = args.TryGetValue(arg.Name, out var given) ? given
                : arg.Value ?? throw Problem($"args.{arg.Name} was not resolved: the template gives it no value and none was passed");
        }

        try
        {
            var json = ArgumentPlaceholders.Fill(template.Json.ToJsonString(), values, value => JsonValue.Create(value).ToJsonString()[1..^1]);
            return AnalysisMetric.Read(JsonNode.Parse(json)!.AsObject());
        }
        catch (FormatException e)
        {
            throw Problem($"metric {metric}: {e.Message}", e);
        }
    }

    /// <summary>The PromQL a measurement of <paramref name="metric"/> sends, its arguments filled as <see cref="Resolve"/> fills them.</summary>
    public string Query(string metric, IReadOnlyDictionary<string, string> args) => Resolve(metric, args).Query;

    private static AnalysisMetric ReadMetric(JsonNode? metric, string where)
    {
        try
        {
            return AnalysisMetric.Read(metric as JsonObject ?? throw new FormatException("is not a mapping"));
        }
        catch (FormatException e)
        {
            var name = metric?["name"] is JsonValue value && value.TryGetValue<string>(out var text) ? $" {text}" : "";
            throw new FormatException($"{where}{name}: {e.Message}", e);
        }
    }

    private ManifestException Problem(string problem, Exception? inner = null) => new(Source, $"AnalysisTemplate {Name}: {problem}", inner);
}
