using Mlops.Testing;

namespace Mlops.Benchmarks.Tests;

/// <summary>
/// The model benchmark run once on the real Adult data with the repository's own configs (it trains every candidate
/// twice: a few seconds), shared by every test that reads its page.
/// </summary>
public sealed class ModelBenchmarkRun : IAsyncLifetime
{
    private readonly ProgressLines _progress = new();

    public BenchmarkReport Report { get; private set; } = null!;

    public string Page { get; private set; } = "";

    public IReadOnlyList<string> Progress => _progress.Lines;

    public async Task InitializeAsync()
    {
        Report = await new ModelBenchmark(RepositoryInputs.With(SharedAdultData.Train, SharedAdultData.Test), _progress).RunAsync();
        Page = Report.ToMarkdown("test machine");
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
