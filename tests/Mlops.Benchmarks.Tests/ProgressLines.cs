namespace Mlops.Benchmarks.Tests;

/// <summary>Progress&lt;T&gt; posts to the thread pool; this records synchronously, so a test sees every line, in order.</summary>
internal sealed class ProgressLines : IProgress<string>
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    public void Report(string value)
    {
        lock (_lines)
        {
            _lines.Add(value);
        }
    }
}
