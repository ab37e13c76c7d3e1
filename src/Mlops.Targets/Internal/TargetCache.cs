using System.Collections;
using System.Text;
using System.Text.Json;
using Mlops.Files;

namespace Mlops.Targets.Internal;

/// <summary>
/// Content-hash caching. A target that declares Inputs is Cached when its inputs (files, globs, values and the
/// build's code) hash the same as at its last successful run and every output it Produces is present and unchanged.
/// Records live in <c>.nuke/temp/cache/&lt;target&gt;.json</c>; files are hashed through <see cref="FileHashes"/>, so
/// each is read at most once a run, and not at all while its stat is unchanged since an earlier run.
/// </summary>
internal sealed class TargetCache
{
    private readonly AbsolutePath _root;
    private readonly FileHashes _hashes;
    private readonly Func<string> _codeFingerprint;

    public TargetCache(AbsolutePath root, FileHashes hashes, Func<string> codeFingerprint)
    {
        _root = root;
        _hashes = hashes;
        _codeFingerprint = codeFingerprint;
    }

    private AbsolutePath Directory => _root / ".nuke" / "temp" / "cache";

    public static bool Applies(ExecutableTarget target) =>
        target.Definition.InputPaths.Count > 0 || target.Definition.InputValues.Count > 0;

    /// <summary>Hashes the inputs now; the verdict says whether the last record still holds, and if not, why.</summary>
    public CacheVerdict Check(ExecutableTarget target)
    {
        var inputs = HashInputs(target);
        var record = Read(target);
        if (record is null)
        {
            return new CacheVerdict(false, "no earlier successful run", inputs);
        }

        if (record.Inputs.GetValueOrDefault("(build code)") != inputs["(build code)"])
        {
            return new CacheVerdict(false, "the build code changed", inputs);
        }

        var changed = inputs.Keys.Union(record.Inputs.Keys)
            .Where(key => inputs.GetValueOrDefault(key) != record.Inputs.GetValueOrDefault(key))
            .Order(StringComparer.Ordinal).ToList();
        if (changed.Count > 0)
        {
            var shown = string.Join(", ", changed.Take(3)) + (changed.Count > 3 ? $" and {changed.Count - 3} more" : "");
            return new CacheVerdict(false, $"inputs changed: {shown}", inputs);
        }

        var outputs = HashOutputs(target);
        if (target.Definition.ProducedPaths.Count > 0 && (outputs.Count == 0 || !SameEntries(outputs, record.Outputs)))
        {
            return new CacheVerdict(false, "outputs missing or changed since the last run", inputs);
        }

        return new CacheVerdict(true, "inputs and outputs unchanged", inputs);
    }

    /// <summary>
    /// Records a successful run against the inputs hashed before it, if they still hash the same: an input that
    /// changed while the target ran (another build, or the target itself) means the outputs may be made from either
    /// version, so nothing is recorded and the input is returned to be named.
    /// </summary>
    public string? Record(ExecutableTarget target, Dictionary<string, string> inputs)
    {
        var after = HashInputs(target);
        var changed = inputs.Keys.Union(after.Keys).Order(StringComparer.Ordinal)
            .FirstOrDefault(key => inputs.GetValueOrDefault(key) != after.GetValueOrDefault(key));
        if (changed is not null)
        {
            Forget(target);
            return changed;
        }

        // Hashes are kept in plain dictionaries (a sorted one costs a no-op run its JIT); a record is written sorted.
        var record = new CacheRecord(target.Name, new SortedDictionary<string, string>(inputs, StringComparer.Ordinal),
            new SortedDictionary<string, string>(HashOutputs(target), StringComparer.Ordinal));
        AtomicFile.WriteBytes(PathOf(target), JsonSerializer.SerializeToUtf8Bytes(record, CacheJson.Default.CacheRecord));
        return null;
    }

    /// <summary>Keeps this run's file hashes for the next run.</summary>
    public void Save() => _hashes.Save();

    public void Forget(ExecutableTarget target)
    {
        if (File.Exists(PathOf(target)))
        {
            File.Delete(PathOf(target));
        }
    }

    private string PathOf(ExecutableTarget target) => Directory / $"{target.Name}.json";

    private CacheRecord? Read(ExecutableTarget target)
    {
        try
        {
            if (!File.Exists(PathOf(target)))
            {
                return null;
            }

            using var document = JsonDocument.Parse(File.ReadAllBytes(PathOf(target)));
            var root = document.RootElement;
            return new CacheRecord(root.GetProperty("Target").GetString() ?? "", Entries(root.GetProperty("Inputs")), Entries(root.GetProperty("Outputs")));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null; // a damaged record only costs a re-run
        }
    }

    private static Dictionary<string, string> Entries(JsonElement map)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in map.EnumerateObject())
        {
            entries[property.Name] = property.Value.GetString() ?? "";
        }

        return entries;
    }

    private Dictionary<string, string> HashInputs(ExecutableTarget target)
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal) { ["(build code)"] = _codeFingerprint() };
        foreach (var pattern in target.Definition.InputPaths)
        {
            var files = FileGlob.Expand(_root, pattern);
            if (files.Count == 0)
            {
                hashes[pattern] = "(nothing)";
            }

            foreach (var file in files)
            {
                hashes[AbsolutePath.Create(file).RelativeTo(_root)] = _hashes.Sha256(file);
            }
        }

        foreach (var (text, value) in target.Definition.InputValues)
        {
            // Only the hash is stored: the value may be a secret.
            hashes["value " + text] = HashText(Render(value()));
        }

        return hashes;
    }

    private Dictionary<string, string> HashOutputs(ExecutableTarget target)
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in target.Definition.ProducedPaths.SelectMany(p => FileGlob.Expand(_root, p)))
        {
            hashes[AbsolutePath.Create(file).RelativeTo(_root)] = _hashes.Sha256(file);
        }

        return hashes;
    }

    private static string Render(object? value) => value switch
    {
        null => "(null)",
        string text => text,
        IEnumerable items => string.Join("\n", items.Cast<object?>().Select(Render)),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    private static bool SameEntries(Dictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.Keys.All(key => b.GetValueOrDefault(key) == a[key]);

    private static string HashText(string text) => Sha256Hex.Of(Encoding.UTF8.GetBytes(text));
}

/// <summary>A target's last successful run: the hashes of its inputs and of the outputs it left.</summary>
internal sealed record CacheRecord(string Target, IReadOnlyDictionary<string, string> Inputs, IReadOnlyDictionary<string, string> Outputs);

/// <summary>Whether a target's cached result still holds, why (for the log and the summary), and the input hashes to record.</summary>
internal sealed record CacheVerdict(bool IsFresh, string Reason, Dictionary<string, string> Inputs);
