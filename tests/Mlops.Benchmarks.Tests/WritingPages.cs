using Mlops.Testing;

namespace Mlops.Benchmarks.Tests;

public sealed class WritingPages : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static Func<Task<BenchmarkReport>> Page(bool met) => () => Task.FromResult(
        new BenchmarkReport("Speed", "How fast.").Columns("command", "median").Row("`a`", "1 ms").Goal("a ≤ 2 ms", met, "1 ms"));

    [Fact]
    public async Task Every_page_is_written_and_each_goal_is_reported()
    {
        var progress = new ProgressLines();

        await new BenchmarkPages(_folder["benchmarks"], progress).WriteAsync(("one.md", Page(met: true)), ("two.md", Page(met: true)));

        Assert.Equal(["one.md", "two.md"], _folder.Files("benchmarks"));
        Assert.Equal([$"Wrote {_folder["benchmarks/one.md"]}", "a ≤ 2 ms: 1 ms — met", $"Wrote {_folder["benchmarks/two.md"]}", "a ≤ 2 ms: 1 ms — met"],
            progress.Lines);
    }

    [Fact]
    public async Task A_missed_goal_fails_after_every_page_is_written_naming_the_page()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new BenchmarkPages(_folder.Path).WriteAsync(("slow.md", Page(met: false)), ("fast.md", Page(met: true))));

        Assert.Equal($"A benchmark goal was not met; see {_folder["slow.md"]}.", error.Message);
        Assert.True(File.Exists(_folder["fast.md"]));
    }
}
