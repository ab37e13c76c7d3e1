namespace Mlops.Benchmarks.Tests;

public sealed class TakingMedians
{
    private static TimeSpan Ms(double milliseconds) => TimeSpan.FromMilliseconds(milliseconds);

    [Fact]
    public void An_odd_count_takes_the_middle_sample_in_sorted_order()
    {
        Assert.Equal(Ms(20), CommandTimings.MedianOf([Ms(90), Ms(10), Ms(20)]));
    }

    [Fact]
    public void An_even_count_takes_the_mean_of_the_two_middle_samples()
    {
        Assert.Equal(Ms(25), CommandTimings.MedianOf([Ms(40), Ms(10), Ms(30), Ms(20)]));
    }

    [Fact]
    public void One_stray_slow_run_does_not_move_the_median()
    {
        Assert.Equal(Ms(11), CommandTimings.MedianOf([Ms(10), Ms(11), Ms(12), Ms(5000), Ms(11)]));
    }

    [Fact]
    public void A_command_without_samples_has_a_zero_median()
    {
        var timings = new CommandTimings(BenchmarkCommand.Of("idle", "true"), []);

        Assert.Equal(TimeSpan.Zero, timings.Median);
    }
}
