namespace Mlops.Benchmarks.Internal;

/// <summary>"Round 3/10", reported at once (Progress&lt;T&gt; would post it to the thread pool, out of order).</summary>
internal sealed class RoundProgress(IProgress<string>? progress, int rounds) : IProgress<int>
{
    public void Report(int value) => progress?.Report($"Round {value}/{rounds}");
}
