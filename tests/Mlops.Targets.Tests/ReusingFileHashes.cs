using Mlops.Files;

namespace Mlops.Targets.Tests;

/// <summary>The engine keeps its file hashes between runs (<see cref="FileHashes"/>), so a no-op rerun reads no input.</summary>
public sealed class ReusingFileHashes : IDisposable
{
    private static readonly DateTime Written = DateTime.UtcNow.AddHours(-1);
    private readonly BuildRun _run = new();

    [Fact]
    public void A_no_op_rerun_of_a_build_does_not_read_its_unchanged_input_files()
    {
        foreach (var (name, text) in new[] { ("train.csv", "age,label\n30,1\n"), ("more.csv", "age,label\n40,0\n") })
        {
            _run.WriteFile($"data/{name}", text);
            File.SetLastWriteTimeUtc(_run.Root / "data" / name, Written);
        }

        Thread.Sleep(FileHashes.RacyWindow + TimeSpan.FromMilliseconds(200)); // until the files' change times have settled
        _run.Run(new Reading(), "Second");
        var recorded = IndexLinesOfDataFiles();

        _run.Run(new Reading(), "Second");

        Assert.Equal(0, _run.ExitCode);
        Assert.Equal("Cached", _run.StatusOf("Second"));
        Assert.Equal(2, recorded.Count);
        Assert.Equal(recorded, IndexLinesOfDataFiles()); // each line keeps the time its file was read: not read again
    }

    private List<string> IndexLinesOfDataFiles() =>
        File.ReadAllLines(_run.Root / ".nuke" / "temp" / "file-hashes.tsv")
            .Where(line => line.EndsWith("/data/train.csv", StringComparison.Ordinal) || line.EndsWith("/data/more.csv", StringComparison.Ordinal))
            .ToList();

    public void Dispose() => _run.Dispose();

    private sealed class Reading : MlopsBuild
    {
        public int Runs { get; private set; }

        public Target First => _ => _.Inputs("data/*.csv").Executes(() => Runs++);

        public Target Second => _ => _.DependsOn(First).Inputs("data/train.csv", "data/more.csv").Executes(() => { });
    }
}
