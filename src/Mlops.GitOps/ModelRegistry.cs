using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Mlops.Config;

namespace Mlops.GitOps;

/// <summary>
/// The model registry in git (models/&lt;model&gt;.json): every release of one model with its stage, and the hold a
/// rollback puts on production. Read strictly and checked against its rules (release numbers unique, at most one
/// release in Staging and one in Production, images pinned by digest, a hold naming the release in Production), so a
/// file edited by hand into an invalid state is refused with the reason, never acted on.
/// </summary>
public sealed record ModelRegistry(string Model, IReadOnlyList<ModelRelease> Versions, ProductionHold? Hold = null)
{
    /// <summary>The schema the file names, relative to models/.</summary>
    public const string SchemaReference = "../schemas/model-registry.schema.json";

    private static readonly JsonSerializerOptions Written = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // a file in git, never HTML: "+00:00", not "\u002B00:00"
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    [JsonIgnore]
    public ModelRelease? Staging => Versions.SingleOrDefault(v => v.Stage == ModelStage.Staging);

    [JsonIgnore]
    public ModelRelease? Production => Versions.SingleOrDefault(v => v.Stage == ModelStage.Production);

    /// <summary>An empty registry for <paramref name="model"/>: what a repository starts with.</summary>
    public static ModelRegistry Empty(string model) => new(model, []);

    /// <summary>The registry file at <paramref name="path"/>, checked; a missing file is an error naming it.</summary>
    public static ModelRegistry Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return File.Exists(path) ? Parse(File.ReadAllText(path), path) : throw new GitOpsException($"{path}: no such model registry file.");
    }

    /// <summary>The registry in <paramref name="json"/>, read as if from <paramref name="file"/> (named in errors), and checked.</summary>
    public static ModelRegistry Parse(string json, string file)
    {
        ModelRegistry registry;
        try
        {
            registry = ConfigFile.Parse<ModelRegistry>(json, file);
        }
        catch (ConfigFileException e)
        {
            throw new GitOpsException(e.Message, e);
        }

        registry.EnsureValid(file);
        return registry;
    }

    /// <summary>The file's text: indented JSON naming its schema, one release after another in release order.</summary>
    public string ToJson()
    {
        var node = JsonSerializer.SerializeToNode(this with { Versions = [.. Versions.OrderBy(v => v.Version)] }, Written)!.AsObject();
        var file = new JsonObject { ["$schema"] = SchemaReference };
        foreach (var (name, value) in node)
        {
            file[name] = value?.DeepClone();
        }

        return file.ToJsonString(Written) + "\n";
    }

    /// <summary>
    /// The registry with <paramref name="candidate"/>'s image in Staging: a new release when the image is new
    /// (numbered after the last), the one already holding it otherwise; the release staged before it is archived
    /// unless it is in production. Returns the registry unchanged when the image is already staged or in production.
    /// A rebuild of the same commit with the same model is the same release: an engine that stamps the build time into
    /// the image config gives it another digest, but nothing in it is new.
    /// </summary>
    public (ModelRegistry Registry, ModelRelease Release) WithStaged(ModelRelease candidate, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var existing = Versions.FirstOrDefault(v => v.Image == candidate.Image)
            ?? Versions.LastOrDefault(v => v.Repository == candidate.Repository && v.SourceCommit == candidate.SourceCommit && v.ModelSha256 == candidate.ModelSha256);
        if (existing is not null)
        {
            return existing.Stage is ModelStage.Staging or ModelStage.Production
                ? (this, existing)
                : Replace(existing.MovedTo(ModelStage.Staging, at), at);
        }

        var release = candidate with
        {
            Version = Versions.Count == 0 ? 1 : Versions.Max(v => v.Version) + 1,
            Stage = ModelStage.Staging,
            History = [new StageChange(ModelStage.Staging, at)],
        };
        return Replace(release, at);
    }

    /// <summary>The registry with release <paramref name="version"/> in Production and the one there before archived.</summary>
    public ModelRegistry WithPromoted(int version, DateTimeOffset at, string? note = null) =>
        Replace(Release(version).MovedTo(ModelStage.Production, at, note), at).Registry;

    /// <summary>
    /// The registry with production back on the release that was there before the current one, the current one
    /// archived, and a hold that keeps production there until someone promotes past it on purpose.
    /// </summary>
    public (ModelRegistry Registry, ModelRelease From, ModelRelease To) WithRolledBack(string by, string reason, DateTimeOffset at)
    {
        var current = Production ?? throw new GitOpsException($"{Model}: no release is in Production; nothing to roll back.");
        var previous = Versions
            .Where(v => v.Version != current.Version)
            .Select(v => (Release: v, Last: v.History.Where(h => h.Stage == ModelStage.Production).Select(h => (DateTimeOffset?)h.At).Max()))
            .Where(v => v.Last is not null)
            .OrderBy(v => v.Last).ThenBy(v => v.Release.Version)
            .Select(v => v.Release)
            .LastOrDefault()
            ?? throw new GitOpsException($"{Model}: release {current.Version} is the first ever in production; there is nothing earlier to roll back to.");
        var note = $"rollback by {by}: {reason}";
        var rolledBack = Replace(previous.MovedTo(ModelStage.Production, at, note), at).Registry with { Hold = new ProductionHold(previous.Version, reason, by, at) };
        return (rolledBack, current, rolledBack.Release(previous.Version));
    }

    /// <summary>The release number <paramref name="version"/>, or an error naming the ones there are.</summary>
    public ModelRelease Release(int version) => Versions.FirstOrDefault(v => v.Version == version)
        ?? throw new GitOpsException($"{Model}: no release {version}; the registry has {(Versions.Count == 0 ? "none" : string.Join(", ", Versions.Select(v => v.Version)))}.");

    /// <summary>Puts <paramref name="release"/> in place; the release in its stage before it (Staging or Production) is archived.</summary>
    private (ModelRegistry Registry, ModelRelease Release) Replace(ModelRelease release, DateTimeOffset at)
    {
        var versions = Versions
            .Where(v => v.Version != release.Version)
            .Select(v => v.Stage == release.Stage ? v.MovedTo(ModelStage.Archived, at) : v)
            .Append(release)
            .OrderBy(v => v.Version);
        return (this with { Versions = [.. versions] }, release);
    }

    private void EnsureValid(string file)
    {
        var duplicate = Versions.GroupBy(v => v.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new GitOpsException($"{file}: release {duplicate.Key} is listed {duplicate.Count()} times; release numbers are unique.");
        }

        foreach (var release in Versions)
        {
            if (release.Version < 1)
            {
                throw new GitOpsException($"{file}: release {release.Version}: release numbers start at 1.");
            }

            if (!release.Image.Contains('@', StringComparison.Ordinal))
            {
                throw new GitOpsException($"{file}: release {release.Version}: image '{release.Image}' is not pinned by digest (name@sha256:…).");
            }

            _ = ImageDigest.Parse(release.Image[(release.Image.LastIndexOf('@') + 1)..], $"{file}: release {release.Version}: image");
        }

        foreach (var stage in new[] { ModelStage.Staging, ModelStage.Production })
        {
            var inStage = Versions.Where(v => v.Stage == stage).Select(v => v.Version).ToList();
            if (inStage.Count > 1)
            {
                throw new GitOpsException($"{file}: releases {string.Join(" and ", inStage)} are both in {stage}; at most one release is.");
            }
        }

        if (Hold is { } hold && Production?.Version != hold.Version)
        {
            throw new GitOpsException($"{file}: the hold pins production to release {hold.Version}, but {(Production is null ? "no release" : $"release {Production.Version}")} is in Production.");
        }
    }
}
