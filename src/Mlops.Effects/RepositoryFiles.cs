using Mlops.Files;

namespace Mlops.Effects;

/// <summary>
/// Writes and deletes text files inside a repository, touching a file only when its content really changes (so
/// timestamps and incremental tools are left alone). Given a journal it is a dry run: nothing on disk changes and
/// each change is recorded with its diff instead.
/// </summary>
public sealed class RepositoryFiles(string root, EffectJournal? dryRun = null)
{
    private readonly string _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(
        string.IsNullOrWhiteSpace(root) ? throw new ArgumentException("The repository root is empty.", nameof(root)) : root));

    /// <summary>Writes <paramref name="text"/> (UTF-8, atomically) unless the file already holds it; true when it changed.</summary>
    public bool WriteText(string relativePath, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (path, shown) = Resolve(relativePath);
        var before = File.Exists(path) ? File.ReadAllText(path) : null;
        if (before == text)
        {
            return false;
        }

        if (dryRun is not null)
        {
            var diff = UnifiedDiff.Create(shown, before, text);
            dryRun.Record(new SideEffect("write file", $"{shown} ({(before is null ? "new" : "changed")})",
                diff.Length == 0 ? null : diff)); // empty when only line endings differ
            return true;
        }

        AtomicFile.WriteText(path, text);
        return true;
    }

    /// <summary>Deletes the file; true when there was one to delete.</summary>
    public bool Delete(string relativePath)
    {
        var (path, shown) = Resolve(relativePath);
        if (!File.Exists(path))
        {
            return false;
        }

        if (dryRun is not null)
        {
            dryRun.Record(new SideEffect("delete file", shown, UnifiedDiff.Create(shown, File.ReadAllText(path), null)));
            return true;
        }

        File.Delete(path);
        return true;
    }

    /// <summary>The full path, and the path as shown in records (relative, with '/').</summary>
    private (string Path, string Shown) Resolve(string relativePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(relativePath);
        var path = Path.GetFullPath(Path.Combine(_root, relativePath));
        var shown = Path.GetRelativePath(_root, path);
        if (Path.IsPathRooted(relativePath) || Path.IsPathRooted(shown) || shown == "." || shown == ".." ||
            shown.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{relativePath}' is not a file path inside the repository root {_root}.", nameof(relativePath));
        }

        return (path, shown.Replace(Path.DirectorySeparatorChar, '/'));
    }
}
