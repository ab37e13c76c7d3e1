namespace Mlops.Effects.Tests;

/// <summary>The hunks are the ones GNU diff -u prints for the same two files.</summary>
public sealed class MatchingDiffU
{
    private static readonly List<string> Long = Texts.Numbered(60);

    public static TheoryData<string, string?, string?> Cases()
    {
        var inserted = Texts.Numbered(60);
        inserted.InsertRange(30, ["new a", "new b"]);
        var deleted = Texts.Numbered(60);
        deleted.RemoveRange(25, 3);
        var changed = Texts.Numbered(60);
        changed[40] = "changed 41";
        var distant = Texts.Numbered(60);
        distant[5] = "changed 6";
        distant[50] = "changed 51";
        var near = Texts.Numbered(60);
        near[20] = "changed 21";
        near[27] = "changed 28"; // six unchanged lines between: the contexts touch
        var apart = Texts.Numbered(60);
        apart[20] = "changed 21";
        apart[28] = "changed 29"; // seven unchanged lines between: one more than both contexts
        var atEdges = Texts.Numbered(60);
        atEdges[0] = "changed 1";
        atEdges.Add("line 61");
        var original = Texts.Joined(Long);
        return new()
        {
            { "insert in the middle", original, Texts.Joined(inserted) },
            { "delete in the middle", original, Texts.Joined(deleted) },
            { "change in the middle", original, Texts.Joined(changed) },
            { "two distant changes", original, Texts.Joined(distant) },
            { "two near changes", original, Texts.Joined(near) },
            { "changes seven lines apart", original, Texts.Joined(apart) },
            { "changes at both ends", original, Texts.Joined(atEdges) },
            { "last line loses its newline", original, original.TrimEnd('\n') },
            { "last line gains a newline", "a\nb\nc", "a\nb\nc\n" },
            { "unchanged last line without newline", "a\nb\nc\nd\ne", "a\nB\nc\nd\ne" },
            { "new file", null, "one\ntwo\nthree\n" },
            { "deleted file", "one\ntwo\nthree\n", null },
            { "identical", original, original },
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Hunks_equal_those_of_diff_u(string change, string? before, string? after)
    {
        var expected = await RealDiff.HunksAsync(before, after);

        var diff = UnifiedDiff.Create("file.txt", before, after);

        Assert.True(expected.Count > 0 || change == "identical", "diff -u found no difference");
        Assert.Equal(expected, Texts.Hunks(diff));
    }
}
