namespace Mlops.Benchmarks.Tests;

public sealed class CountingRounds
{
    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_launcher_benchmark_of_no_rounds_is_refused_at_once(int rounds)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new LauncherBenchmark(".", rounds));

        Assert.StartsWith("A benchmark measures at least one round.", error.Message, StringComparison.Ordinal);
    }
}
