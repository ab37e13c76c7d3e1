using Mlops.Benchmarks.Internal;

namespace Mlops.Benchmarks.Tests;

/// <summary>wrk's printed figures as the serving benchmark reads them (output recorded from wrk 4.1 on this machine).</summary>
public sealed class ReadingWrk
{
    private const string Output = """
        Running 1s test @ http://127.0.0.1:18555/
          1 threads and 2 connections
          Thread Stats   Avg      Stdev     Max   +/- Stdev
            Latency    39.43ms   13.26ms  87.86ms   70.91%
            Req/Sec    49.09      9.44    60.00     63.64%
          Latency Distribution
             50%  410.06us
             75%   48.28ms
             90%   51.67ms
             99%   87.86ms
          54 requests in 1.10s, 4.35MB read
        Requests/sec:     49.08
        Transfer/sec:      3.95MB
        """;

    [Fact]
    public void Requests_per_second_and_the_p50_and_p99_latencies_are_read_in_their_units()
    {
        var result = LoadTest.Parse(Output);

        Assert.Equal(new LoadTest.Result(49.08, TimeSpan.FromMicroseconds(410.06), TimeSpan.FromMilliseconds(87.86), 54), result);
    }

    [Theory]
    [InlineData("  Non-2xx or 3xx responses: 54\n")]
    [InlineData("  Socket errors: connect 0, read 0, write 0, timeout 3\n")]
    public void A_run_with_failed_requests_is_not_read_as_throughput(string failures)
    {
        var error = Assert.Throws<InvalidOperationException>(() => LoadTest.Parse(Output.Replace("Requests/sec:", failures + "Requests/sec:", StringComparison.Ordinal)));

        Assert.StartsWith("wrk saw failed requests: ", error.Message, StringComparison.Ordinal);
    }
}
