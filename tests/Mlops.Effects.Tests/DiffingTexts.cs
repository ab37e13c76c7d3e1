namespace Mlops.Effects.Tests;

public sealed class DiffingTexts
{
    [Fact]
    public void A_change_in_the_middle_shows_three_lines_of_context_on_each_side()
    {
        var after = Texts.Numbered(20);
        after[9] = "ten";

        var diff = UnifiedDiff.Create("notes.txt", Texts.Joined(Texts.Numbered(20)), Texts.Joined(after));

        Assert.Equal("""
            --- a/notes.txt
            +++ b/notes.txt
            @@ -7,7 +7,7 @@
             line 7
             line 8
             line 9
            -line 10
            +ten
             line 11
             line 12
             line 13

            """.Replace("\r\n", "\n", StringComparison.Ordinal), diff);
    }

    [Fact]
    public void Distant_changes_give_one_hunk_each_and_near_ones_share_a_hunk()
    {
        var after = Texts.Numbered(40);
        after[2] = "three";
        after[8] = "nine"; // 5 unchanged lines after "three": within both contexts
        after[30] = "thirty-one";

        var diff = UnifiedDiff.Create("f", Texts.Joined(Texts.Numbered(40)), Texts.Joined(after));

        Assert.Equal(["@@ -1,12 +1,12 @@", "@@ -28,7 +28,7 @@"], diff.Split('\n').Where(l => l.StartsWith("@@", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_context_parameter_sets_how_many_unchanged_lines_surround_a_change()
    {
        var after = Texts.Numbered(20);
        after[9] = "ten";

        var diff = UnifiedDiff.Create("f", Texts.Joined(Texts.Numbered(20)), Texts.Joined(after), context: 1);

        Assert.Equal(["@@ -9,3 +9,3 @@", " line 9", "-line 10", "+ten", " line 11"], Texts.Hunks(diff));
    }

    [Fact]
    public void A_new_file_comes_from_dev_null_and_a_deleted_one_goes_to_it()
    {
        var created = UnifiedDiff.Create("k8s/app.yaml", null, "a\nb\n");
        var deleted = UnifiedDiff.Create("k8s/app.yaml", "a\n", null);

        Assert.Equal("--- /dev/null\n+++ b/k8s/app.yaml\n@@ -0,0 +1,2 @@\n+a\n+b\n", created);
        Assert.Equal("--- a/k8s/app.yaml\n+++ /dev/null\n@@ -1 +0,0 @@\n-a\n", deleted);
    }

    [Fact]
    public void A_last_line_without_newline_is_marked_as_diff_marks_it()
    {
        var diff = UnifiedDiff.Create("f", "a\nb", "a\nc");

        Assert.Equal("--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n", diff);
    }

    [Fact]
    public void Identical_texts_and_texts_that_differ_only_in_line_endings_give_nothing()
    {
        Assert.Equal("", UnifiedDiff.Create("f", "a\nb\n", "a\nb\n"));
        Assert.Equal("", UnifiedDiff.Create("f", "a\r\nb\r\n", "a\nb\n"));
        Assert.Equal("", UnifiedDiff.Create("f", null, null));
    }

    [Fact]
    public void Windows_line_endings_are_read_as_newlines()
    {
        var diff = UnifiedDiff.Create("f", "a\r\nb\r\n", "a\nc\n");

        Assert.Equal(["@@ -1,2 +1,2 @@", " a", "-b", "+c"], Texts.Hunks(diff));
    }

    [Fact]
    public void A_new_empty_file_gives_only_the_header()
    {
        Assert.Equal("--- /dev/null\n+++ b/empty\n", UnifiedDiff.Create("empty", null, ""));
    }

    [Fact]
    public void A_negative_context_or_an_empty_path_is_refused_by_name()
    {
        var context = Assert.Throws<ArgumentOutOfRangeException>(() => UnifiedDiff.Create("f", "a", "b", context: -1));
        var path = Assert.Throws<ArgumentException>(() => UnifiedDiff.Create(" ", "a", "b"));

        Assert.Equal("context", context.ParamName);
        Assert.Equal("path", path.ParamName);
    }
}
