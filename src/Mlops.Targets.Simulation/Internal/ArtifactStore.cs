using Mlops.Files;

namespace Mlops.Targets.Simulation.Internal;

/// <summary>
/// What upload-artifact and download-artifact do, on disk: a folder's contents, a file by its name, glob matches
/// under their common folder; downloading puts them under the given path. Names are unique within a run.
/// </summary>
internal sealed class ArtifactStore(string directory)
{
    public IReadOnlyCollection<string> Names => Directory.Exists(directory) ? Directory.GetDirectories(directory).Select(Path.GetFileName).OfType<string>().ToList() : [];

    /// <returns>How many files were stored; throws when the step must fail.</returns>
    public int Upload(string workspace, string name, string path, string ifNoFilesFound)
    {
        var target = Path.Combine(directory, name);
        if (Directory.Exists(target))
        {
            throw new SimulatedStepFailure($"an artifact named '{name}' was already uploaded in this run");
        }

        var files = Resolve(workspace, path);
        if (files.Count == 0)
        {
            var message = $"no files found at '{path}' for artifact '{name}'";
            return ifNoFilesFound == "error" ? throw new SimulatedStepFailure(message) : 0;
        }

        foreach (var (source, relative) in files)
        {
            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(source, destination);
        }

        return files.Count;
    }

    public int Download(string workspace, string name, string path)
    {
        var source = Path.Combine(directory, name);
        if (!Directory.Exists(source))
        {
            throw new SimulatedStepFailure($"no artifact named '{name}' was uploaded by an earlier job (uploaded: {string.Join(", ", Names.DefaultIfEmpty("none"))})");
        }

        var target = Path.GetFullPath(path, workspace);
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
            count++;
        }

        return count;
    }

    /// <summary>Each file to store with its path inside the artifact.</summary>
    /// <summary>The files and the names they get in the artifact: below the folder named, the file's own name, or below
    /// the last folder before the first wildcard. upload-artifact skips no folder, so neither does this glob.</summary>
    private static List<(string Source, string Relative)> Resolve(string workspace, string path)
    {
        var full = Path.GetFullPath(path, workspace);
        var wildcard = path.IndexOfAny(['*', '?']);
        var common = File.Exists(full) ? Path.GetDirectoryName(full)!
            : wildcard < 0 ? full
            : Path.GetFullPath(path[..Math.Max(0, path.LastIndexOf('/', wildcard))], workspace);
        return FileGlob.Expand(workspace, path, skippedFolders: []).Select(f => (f, Path.GetRelativePath(common, f))).ToList();
    }
}

/// <summary>A simulated step failed for a reason the runner would report (a missing artifact, an unsupported action).</summary>
internal sealed class SimulatedStepFailure(string message) : Exception(message);
