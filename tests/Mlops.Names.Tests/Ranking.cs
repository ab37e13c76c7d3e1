namespace Mlops.Names.Tests;

/// <summary>Names that hold the wanted one come first, then those sharing most words, then those fewest edits away.</summary>
public sealed class Ranking
{
    [Fact]
    public void A_name_holding_the_wanted_one_comes_before_a_closer_spelling()
    {
        // "put" is one edit from "pit" and nine from "OutputFolder", and is no word of it: holding it is what counts.
        var nearest = NearestNames.To("put", ["pit", "OutputFolder"]);

        Assert.Equal(["OutputFolder", "pit"], nearest);
    }

    [Fact]
    public void A_name_held_in_the_wanted_one_counts_as_holding_it()
    {
        var nearest = NearestNames.To("cii", ["cd", "ci"]);

        Assert.Equal(["ci", "cd"], nearest);
    }

    [Fact]
    public void More_shared_words_come_before_fewer_however_far_the_spelling()
    {
        var nearest = NearestNames.To("NumLeaves", ["NumberOfIterations", "NumberOfLeaves", "MaxLeaves"]);

        Assert.Equal(["NumberOfLeaves", "MaxLeaves", "NumberOfIterations"], nearest);
    }

    [Fact]
    public void Among_equally_related_names_fewer_edits_come_first()
    {
        var nearest = NearestNames.To("Compiel", ["Compare", "Compile", "Complete"]);

        Assert.Equal("Compile", nearest[0]);
    }

    [Fact]
    public void Swapped_neighbours_are_one_edit_so_they_beat_two_substitutions()
    {
        var nearest = NearestNames.To("mni", ["max", "min"]);

        Assert.Equal(["min", "max"], nearest);
    }

    [Fact]
    public void Ties_go_by_ordinal_name_whatever_order_the_names_came_in()
    {
        Assert.Equal(["bat", "cat"], NearestNames.To("hat", ["cat", "bat"]));
        Assert.Equal(["bat", "cat"], NearestNames.To("hat", ["bat", "cat"]));
    }

    [Fact]
    public void At_most_count_names_come_back_three_unless_asked_and_each_once()
    {
        string[] names = ["Test1", "Test2", "Test3", "Test4", "Test1"];

        Assert.Equal(["Test1", "Test2", "Test3"], NearestNames.To("Test", names));
        Assert.Equal(["Test1"], NearestNames.To("Test", names, count: 1));
    }
}
