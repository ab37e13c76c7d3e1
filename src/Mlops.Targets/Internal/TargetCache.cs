using System.Collections;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Mlops.Files;

namespace Mlops.Targets.Internal;

/// <summary>
/// Content-hash caching. A target that declares Inputs is Cached when its inputs (files, globs, values and the
/// build's code) hash the same as at its last successful run and every output it Produces is present and unchanged.
/// Records live in <c>.nuke/temp/cache/&lt;target&gt;.json</c>.
/// </summary>
internal sealed class TargetCache(AbsolutePath root, Lazy<string> codeFingerprint)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    private AbsolutePath Directory => root / ".nuke" / "temp" / "cache";

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
            .ToList();
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
    public string? Record(ExecutableTarget target, SortedDictionary<string, string> inputs)
    {
        var after = HashInputs(target);
        var changed = inputs.Keys.Union(after.Keys).FirstOrDefault(key => inputs.GetValueOrDefault(key) != after.GetValueOrDefault(key));
        if (changed is not null)
        {
            Forget(target);
            return changed;
        }

        var record = new CacheRecord(target.Name, inputs, HashOutputs(target));
        AtomicFile.WriteText(PathOf(target), JsonSerializer.Serialize(record, Json));
        return null;
    }

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
            return File.Exists(PathOf(target)) ? JsonSerializer.Deserialize<CacheRecord>(File.ReadAllText(PathOf(target))) : null;
        }
        catch (JsonException)
        {
            return null; // a damaged record only costs a re-run
        }
    }

    private SortedDictionary<string, string> HashInputs(ExecutableTarget target)
    {
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["(build code)"] = codeFingerprint.Value };
        foreach (var pattern in target.Definition.InputPaths)
        {
            var files = FileGlob.Expand(root, pattern);
            if (files.Count == 0)
            {
                hashes[pattern] = "(nothing)";
            }

            foreach (var file in files)
            {
                hashes[AbsolutePath.Create(file).RelativeTo(root)] = HashFile(file);
            }
        }

        foreach (var (text, value) in target.Definition.InputValues)
        {
            // Only the hash is stored: the value may be a secret.
            hashes["value " + text] = HashText(Render(value()));
        }

        return hashes;
    }

    private SortedDictionary<string, string> HashOutputs(ExecutableTarget target)
    {
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in target.Definition.ProducedPaths.SelectMany(p => FileGlob.Expand(root, p)))
        {
            hashes[AbsolutePath.Create(file).RelativeTo(root)] = HashFile(file);
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

    private static bool SameEntries(SortedDictionary<string, string> a, SortedDictionary<string, string> b) =>
        a.Count == b.Count && a.All(entry => b.GetValueOrDefault(entry.Key) == entry.Value);

    private static string HashText(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string HashFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private sealed record CacheRecord(string Target, SortedDictionary<string, string> Inputs, SortedDictionary<string, string> Outputs);
}

/// <summary>Whether a target's cached result still holds, why (for the log and the summary), and the input hashes to record.</summary>
internal sealed record CacheVerdict(bool IsFresh, string Reason, SortedDictionary<string, string> Inputs);
