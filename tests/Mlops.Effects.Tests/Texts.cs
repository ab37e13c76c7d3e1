namespace Mlops.Effects.Tests;

internal static class Texts
{
    /// <summary>"line 1\n" … "line N\n": every line distinct, so there is exactly one shortest diff.</summary>
    public static List<string> Numbered(int count) => [.. Enumerable.Range(1, count).Select(i => $"line {i}")];

    public static string Joined(IEnumerable<string> lines) => string.Concat(lines.Select(l => l + "\n"));

    /// <summary>A diff's lines after the ---/+++ header.</summary>
    public static List<string> Hunks(string diff) => [.. diff.Split('\n').SkipLast(1).Skip(2)];
}
