using System.Text.RegularExpressions;

namespace Mlops.Containers;

/// <summary>
/// The name an image goes by, registry/repository, made a valid reference name as <see cref="ImageTags"/> makes a
/// branch a valid tag: GitHub allows repository names a registry refuses (".github", "Churn_.Model", "model-"), and an
/// engine sent such a name may refuse the build without saying why (podman 4.3 answers 500 with an empty body).
/// </summary>
public static partial class ImageName
{
    /// <summary>
    /// <paramref name="registry"/>/<paramref name="repository"/> with each path component lower-case, other characters
    /// made '-', separators only single between letters and digits ("a_.b" is "a-b"), and empty components dropped.
    /// </summary>
    public static string For(string registry, string repository)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(registry);
        ArgumentNullException.ThrowIfNull(repository);
        var components = repository.Split('/').Select(Component).Where(c => c.Length > 0).ToList();
        return $"{registry}/{(components.Count == 0 ? "unnamed" : string.Join('/', components))}";
    }

    /// <summary>
    /// Whether <paramref name="reference"/> (name:tag) is one an engine and a registry accept, by the grammar of
    /// distribution's reference package: an optional registry host[:port], lower-case path components, a tag.
    /// </summary>
    public static bool IsValidReference(string reference) =>
        reference is { Length: > 0 } && Reference().IsMatch(reference) && reference[..reference.LastIndexOf(':')].Length <= 255;

    private static string Component(string name)
    {
        var component = Invalid().Replace(name.ToLowerInvariant(), "-");
        // Between two letters or digits a registry takes '.', '_', "__" or dashes; any other run of them becomes '-'.
        component = Separators().Replace(component, run => run.Value is "__" || run.Value.All(c => c == '-') ? run.Value : "-");
        return component.Trim('.', '_', '-');
    }

    [GeneratedRegex("[^a-z0-9._-]")]
    private static partial Regex Invalid();

    [GeneratedRegex("[._-]{2,}")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*(?::[0-9]+)?/)?"
        + @"[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$")]
    private static partial Regex Reference();
}
