namespace Mlops.Effects.Tests;

/// <summary>The diff is a real shortest edit script (an LCS), not a line-by-line comparison.</summary>
public sealed class ShortestEdits
{
    [Fact]
    public void One_inserted_line_is_one_insertion_not_a_rewrite_of_everything_after_it()
    {
        var diff = UnifiedDiff.Create("f", "a\nb\nc\nd\ne\nf\n", "a\nx\nb\nc\nd\ne\nf\n", context: 0);

        Assert.Equal(["@@ -1,0 +2 @@", "+x"], Texts.Hunks(diff));
    }

    [Fact]
    public void Random_texts_diff_with_exactly_the_minimum_number_of_deleted_and_inserted_lines()
    {
        // A small alphabet makes many repeated lines, where a greedy or zipped diff would do more edits than needed.
        var random = new Random(20240601);
        for (var round = 0; round < 2000; round++)
        {
            var before = RandomLines(random);
            var after = RandomLines(random);

            var diff = UnifiedDiff.Create("f", Texts.Joined(before), Texts.Joined(after), context: int.MaxValue);

            if (before.SequenceEqual(after))
            {
                Assert.Equal("", diff);
                continue;
            }

            var lines = Texts.Hunks(diff);
            var body = lines.Where(l => !l.StartsWith("@@", StringComparison.Ordinal)).ToList();
            var common = LongestCommonSubsequence(before, after);
            Assert.Equal(before, body.Where(l => l[0] != '+').Select(l => l[1..]));
            Assert.Equal(after, body.Where(l => l[0] != '-').Select(l => l[1..]));
            Assert.Equal(before.Count - common, body.Count(l => l[0] == '-'));
            Assert.Equal(after.Count - common, body.Count(l => l[0] == '+'));
        }
    }

    [Fact]
    public void Texts_with_nothing_in_common_are_all_deleted_then_all_inserted()
    {
        var diff = UnifiedDiff.Create("f", "a\nb\n", "c\nd\n");

        Assert.Equal(["@@ -1,2 +1,2 @@", "-a", "-b", "+c", "+d"], Texts.Hunks(diff));
    }

    private static List<string> RandomLines(Random random) =>
        [.. Enumerable.Range(0, random.Next(0, 14)).Select(_ => ((char)('a' + random.Next(4))).ToString())];

    private static int LongestCommonSubsequence(List<string> a, List<string> b)
    {
        var table = new int[a.Count + 1, b.Count + 1];
        for (var i = 1; i <= a.Count; i++)
        {
            for (var j = 1; j <= b.Count; j++)
            {
                table[i, j] = a[i - 1] == b[j - 1] ? table[i - 1, j - 1] + 1 : Math.Max(table[i - 1, j], table[i, j - 1]);
            }
        }

        return table[a.Count, b.Count];
    }
}
