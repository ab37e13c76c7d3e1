namespace Mlops.Benchmarks;

/// <summary>
/// Benchmarks run one after the other, each written as a page into one folder (artifacts/benchmarks in the build),
/// every goal reported as met or not; a missed goal fails the run once every page is written.
/// </summary>
public sealed class BenchmarkPages(string folder, IProgress<string>? progress = null)
{
    /// <summary>The machine every page says it was measured on.</summary>
    public static string ThisMachine => $"{Environment.ProcessorCount} cores, {Environment.OSVersion}";

    public string Folder { get; } = Path.GetFullPath(folder);

    /// <summary>
    /// Runs each benchmark and writes its page to Folder/file. Throws, naming the pages, when a goal was not met.
    /// </summary>
    public async Task WriteAsync(params (string File, Func<Task<BenchmarkReport>> Benchmark)[] pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var missed = new List<string>();
        foreach (var (file, benchmark) in pages)
        {
            var report = await benchmark();
            var path = Path.Combine(Folder, file);
            report.WriteTo(path, ThisMachine);
            progress?.Report($"Wrote {path}");
            foreach (var (goal, met, observed) in report.Goals)
            {
                progress?.Report($"{goal}: {observed} — {(met ? "met" : "NOT met")}");
            }

            if (!report.AllGoalsMet)
            {
                missed.Add(path);
            }
        }

        if (missed.Count > 0)
        {
            throw new InvalidOperationException($"A benchmark goal was not met; see {string.Join(", ", missed)}.");
        }
    }
}
