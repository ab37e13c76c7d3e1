using Mlops.Files;
using Mlops.Processes;

namespace Mlops.Targets.Simulation.Internal;

/// <summary>
/// A job's machine, as far as the workflow can tell: a fresh clone of the commit under test (nothing from the working
/// tree, nothing from other jobs), the shared folder beside it as on every checkout, and the runner's scratch files.
/// </summary>
internal sealed class JobWorkspace
{
    private JobWorkspace(string folder)
    {
        Folder = folder;
        Repository = Path.Combine(folder, "repo");
        RunnerTemp = Path.Combine(folder, "runner-temp");
        Directory.CreateDirectory(RunnerTemp);
    }

    public string Folder { get; }

    /// <summary>GITHUB_WORKSPACE: where checkout put the repository.</summary>
    public string Repository { get; }

    public string RunnerTemp { get; }

    public string EventFile => Path.Combine(RunnerTemp, "event.json");

    public string SummaryFile => Path.Combine(RunnerTemp, "step-summary.md");

    public string EnvFile => Path.Combine(RunnerTemp, "github-env");

    public static async Task<JobWorkspace> CreateAsync(string simulationFolder, string jobId, AbsolutePath root, string sha)
    {
        var workspace = new JobWorkspace(Path.Combine(simulationFolder, jobId));
        var git = new ProcessRunner { Echo = false };
        (await git.RunAsync("git", ["clone", "--quiet", "--no-checkout", root, workspace.Repository])).EnsureSuccess();
        (await git.RunAsync("git", ["-c", "advice.detachedHead=false", "checkout", "--quiet", "--detach", sha], workspace.Repository)).EnsureSuccess();

        var shared = root.Parent is { } parent ? parent / "shared" : null;
        if (shared is not null && Directory.Exists(shared))
        {
            Directory.CreateSymbolicLink(Path.Combine(workspace.Folder, "shared"), shared);
        }

        File.WriteAllText(workspace.SummaryFile, "");
        File.WriteAllText(workspace.EnvFile, "");
        return workspace;
    }

    /// <summary>Variables a step appended to GITHUB_ENV (NAME=value, or NAME&lt;&lt;DELIMITER … DELIMITER), for the steps after it.</summary>
    public Dictionary<string, string> ReadEnvFile()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = File.ReadAllLines(EnvFile);
        for (var i = 0; i < lines.Length; i++)
        {
            var heredoc = lines[i].IndexOf("<<", StringComparison.Ordinal);
            var equals = lines[i].IndexOf('=', StringComparison.Ordinal);
            if (heredoc > 0 && (equals < 0 || heredoc < equals))
            {
                var delimiter = lines[i][(heredoc + 2)..];
                var body = lines.Skip(i + 1).TakeWhile(l => l != delimiter).ToList();
                values[lines[i][..heredoc]] = string.Join("\n", body);
                i += body.Count + 1;
            }
            else if (equals > 0)
            {
                values[lines[i][..equals]] = lines[i][(equals + 1)..];
            }
        }

        return values;
    }
}
