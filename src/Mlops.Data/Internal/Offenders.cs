namespace Mlops.Data.Internal;

/// <summary>The first few rows that break an expectation, and how many do in all.</summary>
internal sealed class Offenders
{
    public const int Shown = 5;

    private readonly List<string> _first = [];

    public long Count { get; private set; }

    public IReadOnlyList<string> First => _first;

    public void Add(int line, string value)
    {
        Count++;
        if (_first.Count < Shown)
        {
            _first.Add($"line {line}: '{Show.Value(value)}'");
        }
    }

    public void Add(string description)
    {
        Count++;
        if (_first.Count < Shown)
        {
            _first.Add(description);
        }
    }
}
