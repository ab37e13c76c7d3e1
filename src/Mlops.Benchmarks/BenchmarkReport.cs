using System.Globalization;
using System.Text;
using Mlops.Files;

namespace Mlops.Benchmarks;

/// <summary>A benchmark's Markdown page: what was measured, a table of medians and ratios, and each goal met or missed.</summary>
public sealed class BenchmarkReport(string title, string description)
{
    private readonly List<string[]> _rows = [];
    private readonly List<(string Goal, bool Met, string Observed)> _goals = [];
    private string[] _header = [];

    public bool AllGoalsMet => _goals.All(g => g.Met);

    public IReadOnlyList<(string Goal, bool Met, string Observed)> Goals => _goals;

    public BenchmarkReport Columns(params string[] names)
    {
        _header = names;
        return this;
    }

    public BenchmarkReport Row(params string[] cells)
    {
        _rows.Add(cells);
        return this;
    }

    public BenchmarkReport Goal(string goal, bool met, string observed)
    {
        _goals.Add((goal, met, observed));
        return this;
    }

    public string ToMarkdown(string machine)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# {title}").AppendLine().AppendLine(description).AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Machine: {machine}. Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC.").AppendLine();
        text.AppendLine("| " + string.Join(" | ", _header) + " |");
        text.AppendLine("|" + string.Concat(_header.Select(_ => "---|")));
        foreach (var row in _rows)
        {
            text.AppendLine("| " + string.Join(" | ", row) + " |");
        }

        if (_goals.Count > 0)
        {
            text.AppendLine().AppendLine("| goal | observed | met |").AppendLine("|---|---|---|");
            foreach (var (goal, met, observed) in _goals)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| {goal} | {observed} | {(met ? "yes" : "**no**")} |");
            }
        }

        return text.ToString();
    }

    /// <summary>Writes the page atomically (temp file, then rename), creating the folder.</summary>
    public void WriteTo(string path, string machine)
    {
        AtomicFile.WriteText(path, ToMarkdown(machine));
    }

    internal static string Milliseconds(TimeSpan duration) => duration.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";
}
