using Mlops.Linting.Internal;
using Mlops.Processes;

namespace Mlops.Linting;

public sealed partial class ActionLint
{
    /// <summary>
    /// Checks the given workflow files (relative to <paramref name="repositoryRoot"/>) in one actionlint run and
    /// returns every finding. Throws, naming the command, when actionlint did not run through (a crash, no output,
    /// fewer files checked than given).
    /// </summary>
    public async Task<IReadOnlyList<LintFinding>> CheckAsync(string repositoryRoot, IReadOnlyList<string> workflowFiles)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(repositoryRoot);
        ArgumentNullException.ThrowIfNull(workflowFiles);
        var root = Path.GetFullPath(repositoryRoot);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"Repository root not found: {root}");
        }

        if (workflowFiles.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A workflow file path is empty.", nameof(workflowFiles));
        }

        var files = workflowFiles.Select(file => AsShown(root, file)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var file in files.Where(file => !File.Exists(Path.Combine(root, file))))
        {
            throw new FileNotFoundException($"Workflow file not found: {file} (in {root})", Path.Combine(root, file));
        }

        if (files.Count == 0)
        {
            return [];
        }

        var script = await EnsureInstalledAsync();
        // Colour off: the output is parsed. Not echoed: the caller reports the findings.
        var runner = new ProcessRunner { Echo = false, Environment = new Dictionary<string, string?> { ["FORCE_COLOR"] = "0" } };
        ProcessResult result;
        try
        {
            result = await runner.RunAsync(node, [script, WorkflowGlob.Matching(files)], root);
        }
        catch (ProcessFailedException e) when (e.Result is null)
        {
            throw new InvalidOperationException(NeedsNode, e);
        }

        return ActionLintOutput.Read(result, files);
    }

    /// <summary>
    /// Checks every workflow in <paramref name="workflowFolder"/> (*.yml and *.yaml, hand-written ones included, not
    /// only generated ones) in one actionlint run. No folder or no workflow in it: nothing to check, and nothing runs.
    /// </summary>
    public async Task<WorkflowLint> CheckFolderAsync(string repositoryRoot, string workflowFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(repositoryRoot);
        ArgumentException.ThrowIfNullOrWhiteSpace(workflowFolder);
        var root = Path.GetFullPath(repositoryRoot);
        var folder = Path.GetFullPath(workflowFolder, root);
        var files = (Directory.Exists(folder) ? Directory.EnumerateFiles(folder) : [])
            .Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(f => AsShown(root, f))
            .Order(StringComparer.Ordinal)
            .ToList();
        return new WorkflowLint(files, files.Count == 0 ? [] : await CheckAsync(root, files));
    }

    /// <summary>The path as actionlint prints it: relative to the root (where it runs), with '/'.</summary>
    private static string AsShown(string root, string file) =>
        Path.GetRelativePath(root, Path.GetFullPath(Path.Combine(root, file))).Replace(Path.DirectorySeparatorChar, '/');
}
