namespace Mlops.Benchmarks.Tests;

public sealed class TakingPercentiles
{
    private static TimeSpan Us(double microseconds) => TimeSpan.FromMicroseconds(microseconds);

    private static List<TimeSpan> OneToAHundred() => [.. Enumerable.Range(1, 100).Reverse().Select(i => Us(i))];

    [Fact]
    public void The_99th_percentile_of_a_hundred_samples_is_the_second_slowest()
    {
        Assert.Equal(Us(99), PredictionLatency.Percentile(OneToAHundred(), 0.99));
    }

    [Fact]
    public void A_percentile_is_always_one_of_the_samples_never_an_interpolation()
    {
        TimeSpan[] samples = [Us(10), Us(20), Us(30)];

        Assert.Equal(Us(30), PredictionLatency.Percentile(samples, 0.99));
        Assert.Equal(Us(20), PredictionLatency.Percentile(samples, 0.5));
        Assert.Equal(Us(10), PredictionLatency.Percentile(samples, 0.01));
        Assert.Equal(Us(30), PredictionLatency.Percentile(samples, 1.0));
    }

    [Fact]
    public void Latency_is_the_median_and_the_99th_percentile_of_the_samples()
    {
        var latency = PredictionLatency.Of(OneToAHundred());

        Assert.Equal(new PredictionLatency(Us(50.5), Us(99), 100), latency);
    }

    [Fact]
    public void A_rare_stall_shows_in_the_99th_percentile_but_not_the_median()
    {
        List<TimeSpan> samples = [.. Enumerable.Repeat(Us(40), 98), Us(5000), Us(6000)];

        var latency = PredictionLatency.Of(samples);

        Assert.Equal(Us(40), latency.Median);
        Assert.Equal(Us(5000), latency.P99);
    }

    [Fact]
    public void No_samples_or_a_fraction_outside_zero_to_one_is_refused()
    {
        Assert.Throws<ArgumentException>(() => PredictionLatency.Of([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => PredictionLatency.Percentile([Us(1)], 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => PredictionLatency.Percentile([Us(1)], 1.5));
    }
}
