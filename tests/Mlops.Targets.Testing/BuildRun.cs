using System.Linq.Expressions;
using Mlops.Files;

namespace Mlops.Targets.Testing;

/// <summary>A build run in-process against a throw-away repository root, with its console captured.</summary>
public sealed class BuildRun : IDisposable
{
    public BuildRun()
    {
        Root = AbsolutePath.Create(Directory.CreateTempSubdirectory("mlops-engine-").FullName);
        Directory.CreateDirectory(Root / ".nuke");
    }

    public AbsolutePath Root { get; }

    public Dictionary<string, string> Environment { get; } = [];

    public int ExitCode { get; private set; }

    public string Output { get; private set; } = "";

    public string Error { get; private set; } = "";

    public string AllText => Output + Error;

    /// <summary>Pretend a person watches a terminal (live displays on).</summary>
    public bool Interactive { get; set; }

    public BuildRun Run<T>(T build, params string[] args) where T : MlopsBuild => Run(build, args, []);

    public BuildRun Run<T>(T build, string[] args, params Expression<Func<T, Target>>[] defaults) where T : MlopsBuild
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        ExitCode = MlopsBuild.Run(build, [.. args, "--root", Root], new BuildConsole(output, error, UseColors: false, Interactive), Environment, defaults);
        Output = output.ToString();
        Error = error.ToString();
        return this;
    }

    public void WriteFile(string relativePath, string text)
    {
        var path = Root / relativePath;
        Directory.CreateDirectory(path.Parent!);
        File.WriteAllText(path, text);
    }

    /// <summary>The summary table's status for a target, read from the printed table.</summary>
    public string StatusOf(string target)
    {
        var row = Output.Split('\n').FirstOrDefault(line => line.StartsWith($"│ {target} ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No summary row for {target} in:\n{Output}{Error}");
        return row.Split('│', StringSplitOptions.TrimEntries)[2];
    }

    public string JsonLog()
    {
        var file = Directory.GetFiles(Root / "artifacts" / "logs", "build-*.json").Order(StringComparer.Ordinal).Last();
        return File.ReadAllText(file);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

/// <summary>A build that notes which of its targets ran, in order (thread-safe for parallel runs).</summary>
public abstract class RecordingBuild : MlopsBuild
{
    private readonly List<string> _ran = [];

    public IReadOnlyList<string> Ran
    {
        get
        {
            lock (_ran)
            {
                return _ran.ToList();
            }
        }
    }

    protected void Note(string name)
    {
        lock (_ran)
        {
            _ran.Add(name);
        }
    }
}
